package org.microblog.web;

import org.jspecify.annotations.Nullable;

/**
 * Numbers the navigation bar shows for the signed-in member, supplied by the features that own
 * them (the unread-messages badge and a task's progress come from the notifications), so the
 * layout depends on none. One lookup a page for all of them.
 */
public interface NavigationCounts {

    /** What the navigation bar shows. */
    record Navigation(long unreadMessages, @Nullable TaskProgress task) {

        public static final Navigation NONE = new Navigation(0, null);
    }

    /** A background task of the member still running, or failed and not yet seen: its id, percent done, failure. */
    record TaskProgress(String taskId, int progress, boolean failed) {
    }

    Navigation navigation(long userId);

    /** Messages received and not yet read; 0 when unknown. */
    default long unreadMessages(long userId) {
        return navigation(userId).unreadMessages();
    }
}
