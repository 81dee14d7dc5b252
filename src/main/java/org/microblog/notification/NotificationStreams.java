package org.microblog.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open notification streams of this instance: a bounded set of server-sent-event
 * connections per member, fed by the {@link NotificationBroker}, with a heartbeat comment every
 * 20 seconds so proxies keep them open, and dead connections dropped. Writes happen on a
 * separate thread, never on the thread that committed the notification. When the application
 * closes, the streams end first, so the web server's graceful shutdown need not wait for them.
 */
@Component
class NotificationStreams implements DisposableBean, ApplicationListener<ContextClosedEvent> {

    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final int MAX_PER_MEMBER = 8;

    private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(daemon("notification-sender"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("sse-heartbeat"));

    NotificationStreams(NotificationBroker broker) {
        broker.subscribe(added -> sender.execute(() -> deliver(added)));
        heartbeat.scheduleAtFixedRate(() -> sender.execute(this::beat), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Opens a stream for the member, first replaying {@code missed} (oldest first). */
    SseEmitter open(long userId, List<NotificationView> missed) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> own = streams.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet());
        if (own.size() >= MAX_PER_MEMBER) {
            // The oldest tab's stream gives way; its EventSource reconnects if the tab is still open.
            own.stream().findFirst().ifPresent(oldest -> {
                own.remove(oldest);
                oldest.complete();
            });
        }
        own.add(emitter);
        Runnable remove = () -> remove(userId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        sender.execute(() -> {
            send(userId, emitter, SseEmitter.event().comment("connected").reconnectTime(3000));
            missed.forEach(notification -> send(userId, emitter, event(notification)));
        });
        return emitter;
    }

    /** A member signed out (or all their sessions ended): their streams end; a tab still signed in reconnects. */
    @org.springframework.context.event.EventListener
    public void signedOut(org.microblog.auth.MemberSignedOut signedOut) {
        List.copyOf(streams.getOrDefault(signedOut.memberId(), Set.of())).forEach(SseEmitter::complete);
    }

    int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    private void deliver(NotificationAdded added) {
        for (SseEmitter emitter : streams.getOrDefault(added.userId(), Set.of())) {
            send(added.userId(), emitter, event(added.notification()));
        }
    }

    private void beat() {
        streams.forEach((userId, emitters) -> emitters.forEach(emitter ->
                send(userId, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    private static SseEmitter.SseEventBuilder event(NotificationView notification) {
        return SseEmitter.event()
                .name(notification.name())
                .id(Double.toString(notification.timestamp()))
                .data(notification, MediaType.APPLICATION_JSON);
    }

    private void send(long userId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException closed) {
            remove(userId, emitter);
            emitter.completeWithError(closed);
        }
    }

    private void remove(long userId, SseEmitter emitter) {
        streams.computeIfPresent(userId, (id, emitters) -> {
            emitters.remove(emitter);
            return emitters.isEmpty() ? null : emitters;
        });
    }

    /** Published before the web server stops: open streams would hold its graceful shutdown for 30 s. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closeAll();
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        closeAll();
    }

    private void closeAll() {
        streams.values().forEach(emitters -> List.copyOf(emitters).forEach(SseEmitter::complete));
        streams.clear();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
