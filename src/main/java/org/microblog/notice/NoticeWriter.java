package org.microblog.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.microblog.follow.BlockService;
import org.microblog.follow.MemberFollowed;
import org.microblog.post.MemberMentioned;
import org.microblog.post.PostDeleted;
import org.microblog.post.PostLiked;
import org.microblog.post.PostRepliedTo;
import org.microblog.post.PostUnliked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a notice for each mention, reply, like and follow, inside the transaction that raised
 * the event, so the notice exists exactly when the like (reply, follow) does; none to oneself,
 * none from a member the recipient blocks. An unlike takes its like's notice back; a deleted
 * post takes its notices (the cascade) and the badges that counted them are recounted.
 */
@Component
class NoticeWriter {

    private final NoticeRepository notices;
    private final NoticeCounter counter;
    private final BlockService blocks;
    private final Clock clock;

    NoticeWriter(NoticeRepository notices, NoticeCounter counter, BlockService blocks, Clock clock) {
        this.notices = notices;
        this.counter = counter;
        this.blocks = blocks;
        this.clock = clock;
    }

    @EventListener
    void on(MemberMentioned mentioned) {
        // a reply that also names the parent's author tells them once, as a reply
        if (!notices.exists(mentioned.mentionedId(), mentioned.postId(), NoticeKind.REPLY)) {
            write(mentioned.mentionedId(), mentioned.authorId(), NoticeKind.MENTION, mentioned.postId(),
                    "mention:" + mentioned.postId());
        }
    }

    @EventListener
    void on(PostRepliedTo replied) {
        write(replied.parentAuthorId(), replied.replierId(), NoticeKind.REPLY, replied.replyId(), "reply:" + replied.replyId());
    }

    @EventListener
    void on(PostLiked liked) {
        write(liked.authorId(), liked.likerId(), NoticeKind.LIKE, liked.postId(), "like:" + liked.postId());
    }

    @EventListener
    void on(PostUnliked unliked) {
        var recipients = notices.findRecipients(unliked.postId(), unliked.likerId(), NoticeKind.LIKE);
        if (notices.deleteNotice(unliked.postId(), unliked.likerId(), NoticeKind.LIKE) > 0) {
            recipients.forEach(counter::recountOnCommit);
        }
    }

    /** The post's notices go with it by the foreign key's cascade; the badges of those who had them unread are recounted. */
    @EventListener
    void on(PostDeleted deleted) {
        notices.findUnreadRecipients(deleted.postId()).forEach(counter::recountOnCommit);
    }

    @EventListener
    void on(MemberFollowed followed) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        write(followed.followedId(), followed.followerId(), NoticeKind.FOLLOW, null, "follow:" + day);
    }

    private void write(long recipientId, long actorId, NoticeKind kind, @Nullable Long postId, String groupKey) {
        if (recipientId == actorId || blocks.blocks(recipientId, actorId)) {
            return;
        }
        notices.saveAndFlush(new Notice(recipientId, actorId, kind, postId, groupKey, clock.instant()));
        counter.recountOnCommit(recipientId);
    }
}
