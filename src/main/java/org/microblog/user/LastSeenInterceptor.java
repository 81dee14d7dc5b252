package org.microblog.user;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.microblog.web.CurrentMembers;
import org.microblog.web.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records that a signed-in member is active, as the original's {@code before_request} did.
 * Only requests that reach a controller count: static files, WebJars and avatar images never
 * do (they are not handler methods), nor error dispatches. The write happens off the request
 * path, at most once a minute per member per instance, so page views stay free of writes.
 */
public final class LastSeenInterceptor implements HandlerInterceptor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LastSeenInterceptor.class);
    private static final int MAX_TRACKED = 100_000;

    private final UserService users;
    private final CurrentMembers currentMembers;
    private final Clock clock;
    private final DatabaseOutage outage;
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "last-seen-writer");
        thread.setDaemon(true);
        return thread;
    });

    LastSeenInterceptor(UserService users, CurrentMembers currentMembers, Clock clock, DatabaseOutage outage) {
        this.outage = outage;
        this.users = users;
        this.currentMembers = currentMembers;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod && request.getDispatcherType() == DispatcherType.REQUEST) {
            currentMembers.current().ifPresent(member -> seen(member.id()));
        }
        return true;
    }

    private void seen(long userId) {
        Instant now = clock.instant();
        Instant previous = lastWritten.get(userId);
        if (previous != null && previous.plus(UserService.LAST_SEEN_RESOLUTION).isAfter(now)) {
            return;
        }
        if (lastWritten.size() > MAX_TRACKED) {
            lastWritten.clear();
        }
        lastWritten.put(userId, now);
        writer.execute(() -> {
            try {
                users.touchLastSeen(userId);
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e)) {
                    outage.failed(e); // the outage's one line says it; a lost last_seen is no news
                    log.debug("could not record last_seen of member {}: the database is unavailable", userId);
                } else {
                    log.warn("could not record last_seen of member {}", userId, e);
                }
            }
        });
    }

    /** Waits until the writes queued so far are done (for tests and shutdown). */
    public void awaitWrites() throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        writer.execute(done::countDown);
        done.await(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        awaitWrites();
        writer.shutdown();
    }
}
