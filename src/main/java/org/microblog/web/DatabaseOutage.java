package org.microblog.web;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DataSources;
import org.microblog.config.MicroblogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached: every request that needs it is answered 503 with
 * {@code Retry-After} (the site's page or the JSON error) instead of a 500 per request, and the
 * log gets one WARN when an outage begins ("database unavailable since …") and one INFO when it
 * ends ("database back after …"), not a stack trace per request. While it lasts, a probe asks
 * the pool for a connection every {@link #PROBE_INTERVAL}, so the end is noticed (and logged)
 * even when no request comes; requests themselves never wait for the probe.
 */
@Component
public class DatabaseOutage implements DisposableBean {

    /** What {@code Retry-After} says: about the pool's connection timeout, rounded up. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    /** What Hikari says (without an SQL state) when a broken connection it has closed is used again. */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final ObjectProvider<DataSource> dataSource;
    private final Duration connectTimeout;
    private final Clock clock;
    private final AtomicReference<@Nullable Instant> since = new AtomicReference<>();
    private volatile Instant quietUntil = Instant.MIN;
    private volatile boolean closed;

    DatabaseOutage(ObjectProvider<DataSource> dataSource, MicroblogProperties properties) {
        this.dataSource = dataSource;
        this.connectTimeout = properties.database().connectTimeout();
        this.clock = Clock.systemUTC(); // real time: an outage is measured in the world, not in a test's clock
    }

    /**
     * Whether this failure is the database being out of reach (no connection within the pool's
     * timeout, a connection refused or cut), rather than a bug or a refused statement.
     */
    public static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException
                    || e instanceof ConnectException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                // Connection exceptions (08xxx); PostgreSQL shutting down or starting (57P01–57P03).
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
                // The pool closed a connection it found broken, and the rollback after the failure met it.
                return true;
            }
        }
        return false;
    }

    /** Whether an outage is going on (its WARN was logged, its INFO not yet). */
    public boolean ongoing() {
        return since.get() != null;
    }

    /** Notes that a request failed for want of the database; logs only the first of an outage. */
    public void failed(Throwable failure) {
        Instant now = clock.instant();
        if (now.isBefore(quietUntil)) {
            // Requests that were still waiting on the old pool when the database came back: the same outage.
            return;
        }
        if (since.compareAndSet(null, now)) {
            log.warn("database unavailable since {}: {}", now, rootMessage(failure));
            Thread probe = new Thread(this::probeUntilBack, "database-outage-probe");
            probe.setDaemon(true);
            probe.start();
        }
    }

    private void probeUntilBack() {
        try {
            DataSource pool = dataSource.getObject();
            while (!closed) {
                Thread.sleep(PROBE_INTERVAL.toMillis());
                if (back(pool)) {
                    quietUntil = clock.instant().plus(connectTimeout).plusSeconds(1);
                    Instant start = since.getAndSet(null);
                    log.info("database back after {} s", Duration.between(start, clock.instant()).toMillis() / 1000.0);
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            since.set(null); // the next failure starts a new episode (and a new probe)
            log.warn("the database outage probe stopped: {}", unexpected.toString());
        }
    }

    /** A server's pool is renewed when the server answers (Hikari alone may notice seconds late). */
    private static boolean back(DataSource pool) {
        if (pool instanceof DataSources.ServerDataSource server) {
            return server.renewIfBack();
        }
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException stillDown) {
            log.debug("database still unavailable: {}", stillDown.toString());
            return false;
        }
    }

    /** The most telling cause: the deepest connection failure (refused, timed out), else the deepest cause. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        Throwable telling = null;
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            root = e;
            if (e instanceof SQLTransientConnectionException || e instanceof ConnectException
                    || e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                telling = e;
            }
        }
        Throwable shown = telling == null ? root : telling;
        return shown.getClass().getSimpleName() + ": " + shown.getMessage();
    }

    @Override
    public void destroy() {
        closed = true;
    }
}
