package org.microblog.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.microblog.notification.NotificationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a member's {@code unread_notice_count} notification (the navigation badge, and what the
 * live stream pushes) equal to their unread notices, in the transaction that changed them: just
 * before it commits, the count is read from the table and stored, holding a lock per member
 * until the commit is over. Two transactions that notify one member thus count one after the
 * other, and the later one (at read committed) sees the earlier one's notice: no count is lost.
 * Locks are taken in one order, so transactions that notify several members cannot wait on each other.
 */
@Component
class NoticeCounter {

    private static final int STRIPES = 64;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final NoticeRepository notices;
    private final NotificationService notifications;

    NoticeCounter(NoticeRepository notices, NotificationService notifications) {
        this.notices = notices;
        this.notifications = notifications;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Recounts the member's unread notices as the current transaction commits (now, without one). */
    void recountOnCommit(long recipientId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            int stripe = stripe(recipientId);
            stripes[stripe].lock();
            try {
                store(recipientId);
            } finally {
                stripes[stripe].unlock();
            }
            return;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Recount recount) {
                recount.recipients.add(recipientId);
                return;
            }
        }
        Recount recount = new Recount();
        recount.recipients.add(recipientId);
        TransactionSynchronizationManager.registerSynchronization(recount);
    }

    private void store(long recipientId) {
        notifications.add(recipientId, NotificationService.UNREAD_NOTICE_COUNT, notices.countUnread(recipientId));
    }

    private static int stripe(long recipientId) {
        return (int) Math.floorMod(recipientId, (long) STRIPES);
    }

    /** The members a transaction notified; counted before its commit, their locks released after it. */
    private final class Recount implements TransactionSynchronization {

        final TreeSet<Long> recipients = new TreeSet<>();
        private final List<ReentrantLock> held = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            TreeSet<Integer> order = new TreeSet<>();
            recipients.forEach(id -> order.add(stripe(id)));
            for (int stripe : order) {
                stripes[stripe].lock();
                held.add(stripes[stripe]);
            }
            recipients.forEach(NoticeCounter.this::store);
        }

        @Override
        public void afterCompletion(int status) {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
            held.clear();
        }
    }
}
