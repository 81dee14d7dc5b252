package org.microblog.message;

/** A member opened their messages: none of those received so far is unread any more. */
public record MessagesRead(long userId) {
}
