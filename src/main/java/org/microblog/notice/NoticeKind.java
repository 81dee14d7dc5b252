package org.microblog.notice;

/** What a notice tells; stored by name in {@code notices.kind}. */
public enum NoticeKind {
    /** The actor named the member in a post (the notice's post). */
    MENTION,
    /** The actor replied to the member's post (the notice's post is the reply). */
    REPLY,
    /** The actor liked the member's post; repeated likes of one post are one group. */
    LIKE,
    /** The actor follows the member now; a day's new followers are one group. */
    FOLLOW
}
