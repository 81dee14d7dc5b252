package org.microblog.web;

/**
 * Numbers the navigation bar shows for the signed-in member, supplied by the features that own
 * them (the unread-messages badge comes from the notifications), so the layout depends on none.
 */
public interface NavigationCounts {

    /** Messages received and not yet read; 0 when unknown. */
    long unreadMessages(long userId);
}
