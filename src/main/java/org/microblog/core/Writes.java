package org.microblog.core;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write transaction that the database may pick as a deadlock (or lock-timeout) victim, run
 * again a few times with a short, jittered back-off before the failure reaches the member.
 * Writers lock member rows in one order ({@code UserService.lockPair}), so a deadlock should
 * not happen; this is the net under that rule, for the locks a database takes on its own (gap
 * and foreign-key locks on MariaDB). Started inside another transaction it joins it and is not
 * retried, since only the outer transaction can be run again.
 */
@Component
public class Writes {

    /** Attempts after the first; each waits 10, 20, 40 ms (± 5 ms). */
    static final int RETRIES = 3;

    private final TransactionTemplate transaction;
    private final RetryTemplate retry;

    Writes(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .includes(PessimisticLockingFailureException.class)
                .maxRetries(RETRIES)
                .delay(Duration.ofMillis(10))
                .jitter(Duration.ofMillis(5))
                .multiplier(2)
                .maxDelay(Duration.ofMillis(100))
                .build());
    }

    /** Runs {@code work} in a transaction of its own, again if it lost a deadlock; its result. */
    public <T> T run(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return retry.invoke(() -> transaction.execute(status -> work.get()));
    }
}
