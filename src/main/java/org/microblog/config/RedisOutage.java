package org.microblog.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Redis cannot be reached: the site goes on serving (notifications reach this instance's own
 * streams, throttles count here, a session cookie finds no session), and the log gets one WARN
 * when the outage begins and one INFO when it ends, not a line per request or per reconnect
 * attempt. Told by Lettuce's connection events and by the callers whose command failed.
 */
public class RedisOutage implements org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);

    private final AtomicReference<@Nullable Instant> since = new AtomicReference<>();
    private final String endpoint;
    private final Clock clock = Clock.systemUTC();
    /** The application is stopping: its connections closing are no outage. */
    private volatile boolean stopping;

    public RedisOutage(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Whether this failure is Redis out of reach (rather than a bug of ours). */
    public static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DataAccessException || e instanceof io.lettuce.core.RedisException
                    || e instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** A command failed, or a connection was lost: starts an episode (logged once). */
    public void failed(@Nullable Throwable cause) {
        if (stopping) {
            return;
        }
        Instant now = clock.instant();
        if (since.compareAndSet(null, now)) {
            log.warn("Redis unavailable since {} ({}): pages keep serving; live notifications from other instances, "
                    + "shared sessions and shared throttles wait for it{}", now, endpoint,
                    cause == null ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
        }
    }

    /** A connection is up again: ends the episode (logged once). */
    public void recovered() {
        if (since.get() == null) {
            return; // the usual case, without a write
        }
        Instant began = since.getAndSet(null);
        if (began != null) {
            log.info("Redis back after {} ({})", Duration.between(began, clock.instant()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), endpoint);
        }
    }

    @Override
    public void onApplicationEvent(org.springframework.context.event.ContextClosedEvent event) {
        stopping = true;
    }

    /** Whether an outage is going on. */
    public boolean ongoing() {
        return since.get() != null;
    }
}
