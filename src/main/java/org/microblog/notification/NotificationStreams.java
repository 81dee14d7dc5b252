package org.microblog.notification;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open notification streams of this instance, fed by the {@link NotificationBroker}.
 *
 * <p>Each stream is a {@link LiveStream}: the answer's status and headers are written by the
 * container on the request's thread (so nothing else can race the security headers), then the
 * connection leaves HTTP processing and only the socket and a small record stay. Every write is
 * non-blocking: deliveries run on one sender thread and heartbeats on one timer thread, a
 * twentieth of the streams each second, and neither ever waits for a client.
 *
 * <p>At most {@link #MAX_PER_MEMBER} streams per member (a ninth closes the oldest, whose page
 * reconnects) and {@link #max()} in all ({@code NOTIFICATION_STREAMS_MAX}, by default what a
 * share of the heap holds): beyond it a stream is refused with 503 and {@code Retry-After}, and
 * the page polls instead. A stream is closed after {@link #LIFETIME} (with jitter); its page
 * reconnects and the stream's request is checked again. The server ends a stream by sending
 * {@code event: close}, on which the page closes it (the container closes an upgraded
 * connection when its client does); until then it still counts towards the limits.
 */
@Component
class NotificationStreams implements DisposableBean, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(NotificationStreams.class);

    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final int MAX_PER_MEMBER = 8;
    /** Streams of one member still waiting for their page to close them, beyond which new ones are refused. */
    static final int MAX_CLOSING_PER_MEMBER = 8;
    /** Heap one idle stream costs, Tomcat's socket buffers included: bench/streams measured 17.2 KiB; a margin above. */
    static final long BYTES_PER_STREAM = 24 * 1024;
    /** The share of the maximum heap the default limit lets idle streams take. */
    static final double HEAP_SHARE = 0.5;
    static final int RETRY_AFTER_SECONDS = 60;
    /** An answered stream whose connection never reached {@link LiveStream#init} is forgotten after this. */
    private static final Duration CONNECT_WITHIN = Duration.ofSeconds(30);
    private static final int SLOTS = (int) HEARTBEAT.toSeconds();

    private static final byte[] HEARTBEAT_BYTES = ":heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTED_BYTES = ":connected\nretry: 3000\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE_BYTES = "event: close\ndata: \n\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<Long, Set<LiveStream>> streams = new ConcurrentHashMap<>();
    /** Streams of each member that were told to close and whose page has not closed them yet. */
    private final Map<LiveStream, Long> closing = new ConcurrentHashMap<>();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger slots = new AtomicInteger();
    private final int max;
    private final JsonMapper json;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(daemon("notification-sender"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("notification-heartbeat"));
    private final NotificationBroker broker;
    private volatile boolean stopping;
    private long tick;

    NotificationStreams(NotificationBroker broker, JsonMapper json, MicroblogProperties properties) {
        this.json = json;
        Integer configured = properties.notifications().streamsMax();
        this.max = configured != null ? configured : defaultMax(Runtime.getRuntime().maxMemory());
        log.info("Notification streams: at most {} open ({})", max,
                configured != null ? "NOTIFICATION_STREAMS_MAX" : "sized from the maximum heap");
        this.broker = broker;
        broker.subscribe(added -> sender.execute(() -> deliver(added)));
        broker.subscribeSignedOut(memberId -> sender.execute(() -> complete(memberId, null)));
        broker.onGap(() -> sender.execute(this::retireAll));
        timer.scheduleAtFixedRate(this::onTick, 1, 1, TimeUnit.SECONDS);
    }

    /** Half the maximum heap, one {@link #BYTES_PER_STREAM} each: 10,922 for a 512 MB heap. */
    static int defaultMax(long maxHeapBytes) {
        return (int) Math.max(100, Math.min(100_000, (long) (maxHeapBytes * HEAP_SHARE) / BYTES_PER_STREAM));
    }

    int max() {
        return max;
    }

    /**
     * Answers the stream request: 503 with {@code Retry-After} when the limits are reached, else
     * 200 {@code text/event-stream} and the connection becomes a {@link LiveStream}, whose first
     * bytes are the {@code connected} comment and then {@code missed} (read after the stream is
     * registered, so nothing raised in between is lost; the page ignores a repeat).
     */
    void open(long userId, HttpServletRequest request, HttpServletResponse response,
            Supplier<List<NotificationView>> missed) throws IOException, ServletException {
        if (stopping || !reserve(userId)) {
            refuse(response);
            return;
        }
        LiveStream stream;
        try {
            stream = request.upgrade(LiveStream.class);
        } catch (IOException | ServletException | RuntimeException cannotUpgrade) {
            // A container or protocol (HTTP/2) that cannot hand the connection over: the page polls.
            held.decrementAndGet();
            log.debug("notification stream refused: the connection cannot be upgraded", cannotUpgrade);
            refuse(response);
            return;
        }
        HttpSession session = request.getSession(false);
        long now = System.nanoTime();
        long lifetime = LIFETIME.toNanos() + ThreadLocalRandom.current().nextLong(LIFETIME.toNanos() / 10);
        stream.attach(this, userId, session == null ? null : session.getId(), now, now + lifetime,
                Math.floorMod(slots.getAndIncrement(), SLOTS));
        // The connected comment first, then the replay, then live events (held back until then).
        stream.send(CONNECTED_BYTES);
        stream.holdLive();
        register(stream);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream;charset=UTF-8");
        // The body ends when the connection does: no chunked framing around what the stream writes.
        response.setHeader("Connection", "close");
        response.setHeader("X-Accel-Buffering", "no");
        // Status and headers go out now, on this thread and through the security headers' writer;
        // left to the end of the request, the container would also declare an empty body.
        response.flushBuffer();
        try {
            for (NotificationView notification : missed.get()) {
                stream.send(event(notification));
            }
        } finally {
            stream.replayed();
        }
    }

    private static void refuse(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setContentLength(0);
    }

    /** Counts the stream in, unless the total or the member's closing streams are at their limit. */
    private boolean reserve(long userId) {
        if (closingOf(userId) >= MAX_CLOSING_PER_MEMBER) {
            return false;
        }
        while (true) {
            int now = held.get();
            if (now >= max) {
                return false;
            }
            if (held.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    private int closingOf(long userId) {
        int count = 0;
        for (Long owner : closing.values()) {
            if (owner == userId) {
                count++;
            }
        }
        return count;
    }

    private void register(LiveStream stream) {
        Set<LiveStream> own = streams.compute(stream.userId, (id, set) -> {
            Set<LiveStream> result = set != null ? set : ConcurrentHashMap.newKeySet();
            result.add(stream);
            return result;
        });
        if (own.size() > MAX_PER_MEMBER) {
            // The oldest tab's stream gives way; its page reconnects if the tab is still open.
            own.stream().filter(other -> other != stream).min(Comparator.comparingLong(other -> other.openedNanos))
                    .ifPresent(this::retire);
        }
    }

    /** Open streams (connected or about to be), without those waiting for their page to close them. */
    int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    /** Streams held in all: open ones and those told to close whose client has not closed them. */
    int heldStreams() {
        return held.get();
    }

    /**
     * Ends the member's streams, or only those opened in the session {@code sessionId}: each is
     * told to close, so its page stops listening (and reconnects if the member is still signed in).
     *
     * @return how many streams were ended
     */
    int complete(long userId, @Nullable String sessionId) {
        Set<LiveStream> own = streams.get(userId);
        if (own == null) {
            return 0;
        }
        int ended = 0;
        for (LiveStream stream : List.copyOf(own)) {
            if (sessionId == null || sessionId.equals(stream.sessionId)) {
                retire(stream);
                ended++;
            }
        }
        return ended;
    }

    /**
     * A member signed out (or all their sessions ended): their streams end, on every instance
     * (through the broker); a tab still signed in reconnects.
     */
    @org.springframework.context.event.EventListener
    public void signedOut(org.microblog.auth.MemberSignedOut signedOut) {
        broker.publishSignedOut(signedOut.memberId());
    }

    /**
     * Notifications from other instances may have been missed (the broker was cut off): every
     * stream is told to close, and its page reconnects with what it has seen, replaying the rest.
     */
    private void retireAll() {
        List<LiveStream> all = new ArrayList<>();
        streams.values().forEach(all::addAll);
        all.forEach(this::retire);
        if (!all.isEmpty()) {
            log.info("{} notification stream(s) closed to replay what other instances sent while Redis was away", all.size());
        }
    }

    /** Tells the page to close the stream; the stream stops receiving and counts as closing until it does. */
    private void retire(LiveStream stream) {
        if (unregister(stream)) {
            closing.put(stream, stream.userId);
            stream.send(CLOSE_BYTES);
        }
    }

    /** Called by the stream when its connection has closed. */
    void removed(LiveStream stream) {
        boolean wasOpen = unregister(stream);
        boolean wasClosing = closing.remove(stream) != null;
        if (wasOpen || wasClosing) {
            held.decrementAndGet();
        }
    }

    private boolean unregister(LiveStream stream) {
        boolean[] removed = {false};
        streams.computeIfPresent(stream.userId, (id, set) -> {
            removed[0] = set.remove(stream);
            return set.isEmpty() ? null : set;
        });
        return removed[0];
    }

    private void deliver(NotificationAdded added) {
        Set<LiveStream> own = streams.get(added.userId());
        if (own == null || own.isEmpty()) {
            return;
        }
        byte[] event = event(added.notification());
        for (LiveStream stream : own) {
            stream.sendLive(event);
        }
    }

    /** The members with at least one stream open on this instance, as they are now. */
    Set<Long> onlineMembers() {
        return new java.util.HashSet<>(streams.keySet());
    }

    /**
     * Sends a live-only event (never stored, so never replayed: a stream opened later does not
     * get it) to the member's open streams on this instance, on the sender thread. It carries no
     * SSE {@code id}, so the replay after a reconnect still starts at the last stored notification.
     */
    void sendLiveOnly(long userId, NotificationView event) {
        sender.execute(() -> {
            Set<LiveStream> own = streams.get(userId);
            if (own == null || own.isEmpty()) {
                return;
            }
            byte[] bytes = ("event: " + event.name() + "\ndata: " + json.writeValueAsString(event) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
            for (LiveStream stream : own) {
                stream.sendLive(bytes);
            }
        });
    }

    /** Each second: heartbeats for one slot in twenty, streams past their lifetime told to close. */
    private void onTick() {
        try {
            int slot = (int) (tick++ % SLOTS);
            long now = System.nanoTime();
            for (Set<LiveStream> own : streams.values()) {
                for (LiveStream stream : own) {
                    if (now - stream.closeAtNanos > 0) {
                        retire(stream);
                    } else if (!stream.isConnected() && now - stream.openedNanos > CONNECT_WITHIN.toNanos()) {
                        stream.close();
                    } else if (stream.slot == slot) {
                        stream.beat(HEARTBEAT_BYTES);
                    }
                }
            }
            // A closing stream whose page is gone is found by the heartbeat failing.
            for (LiveStream stream : closing.keySet()) {
                if (stream.slot == slot) {
                    stream.beat(HEARTBEAT_BYTES);
                }
            }
        } catch (RuntimeException e) {
            log.warn("notification heartbeat failed", e);
        }
    }

    private byte[] event(NotificationView notification) {
        // JSON written compactly has no line breaks, so it fits one data: line.
        String data = json.writeValueAsString(notification);
        return ("event: " + notification.name() + "\nid: " + Double.toString(notification.timestamp()) + "\ndata: " + data
                + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Published before the web server stops: the streams are told to close first. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closeAll();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        sender.shutdownNow();
        closeAll();
    }

    private void closeAll() {
        stopping = true;
        List<LiveStream> all = new ArrayList<>();
        streams.values().forEach(all::addAll);
        all.forEach(this::retire);
        closing.keySet().forEach(LiveStream::close);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
