package org.microblog.notification;

import org.microblog.testsupport.TestSite;

/** What tests of other packages may ask of this one's package-private parts. */
public final class NotificationTestAccess {

    private NotificationTestAccess() {
    }

    /** Whether the site's Redis broker has its subscription up. */
    public static boolean subscribed(TestSite site) {
        return site.bean(NotificationBroker.class) instanceof RedisNotificationBroker broker && broker.subscribed();
    }
}
