package org.microblog.web;

/**
 * Numbers the navigation bar shows for the signed-in member, supplied by the features that own
 * them (the unread-messages badge comes from the notifications), so the layout depends on none.
 */
public interface NavigationCounts {

    /** The navigation bar's numbers, read together in one indexed lookup. */
    Badges badges(long userId);

    /** Messages received and not yet read; 0 when unknown. */
    default long unreadMessages(long userId) {
        return badges(userId).messages();
    }

    /**
     * What the navigation bar counts.
     *
     * @param messages messages received and not yet read
     * @param notices notices (mentions, replies, likes, new followers) not yet seen on the notices page
     */
    record Badges(long messages, long notices) {

        public static final Badges NONE = new Badges(0, 0);
    }
}
