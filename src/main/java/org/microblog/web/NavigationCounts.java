package org.microblog.web;

import org.jspecify.annotations.Nullable;

/**
 * Numbers the navigation bar shows for the signed-in member, supplied by the features that own
 * them (the unread badges and a task's progress come from the notifications), so the layout
 * depends on none. One lookup a page for all of them.
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
     * @param task the member's background task still running, or failed and not yet seen; null when none
     */
    record Badges(long messages, long notices, @Nullable TaskProgress task) {

        public static final Badges NONE = new Badges(0, 0, null);
    }

    /** A background task of the member: its id, percent done, and whether it failed. */
    record TaskProgress(String taskId, int progress, boolean failed) {
    }
}
