package org.microblog.notification;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.microblog.config.RedisOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications across instances over Redis pub/sub ({@code REDIS_URL}): each one is delivered
 * to this instance's streams at once (whether Redis is there or not), and published on the
 * channel {@code <prefix>notifications} for the others, which ignore their own. Sign-outs travel
 * the same way on {@code <prefix>signed-out}, so a member's streams end on every instance.
 *
 * <p>Lettuce keeps the two connections (one publishing, one subscribed): while Redis is away a
 * publish fails at once (the outage is logged once by {@link RedisOutage}), and when it comes
 * back Lettuce reconnects and subscribes again by itself; the broker then reports a gap
 * ({@link #onGap}), since what other instances published meanwhile never arrived: the streams
 * end and their pages reconnect, replaying from the database ({@code Last-Event-ID}, {@code since}).
 */
class RedisNotificationBroker implements NotificationBroker, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisNotificationBroker.class);
    private static final long RETRY_MILLIS = 500;

    /** What travels on the channel: who sent it, for whom, and the notification. */
    record Envelope(String origin, long userId, NotificationView notification) {
    }

    private final InProcessNotificationBroker local = new InProcessNotificationBroker();
    private final List<Runnable> gapReceivers = new CopyOnWriteArrayList<>();
    private final String origin = UUID.randomUUID().toString();
    private final String notificationChannel;
    private final String signedOutChannel;
    private final RedisClient client;
    private final JsonMapper json;
    private final RedisOutage outage;
    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-redis-connect");
        thread.setDaemon(true);
        return thread;
    });
    private volatile @Nullable StatefulRedisConnection<String, String> publisher;
    private volatile @Nullable StatefulRedisPubSubConnection<String, String> subscriber;
    /** The subscription was lost; the next confirmation of it is a gap. */
    private volatile boolean lost;
    private volatile boolean closed;

    RedisNotificationBroker(RedisClient client, String keyPrefix, JsonMapper json, RedisOutage outage) {
        this.client = client;
        this.json = json;
        this.outage = outage;
        this.notificationChannel = keyPrefix + "notifications";
        this.signedOutChannel = keyPrefix + "signed-out";
        connector.execute(this::connect);
    }

    /** Connects both connections; while Redis cannot be reached, tries again every half second. */
    private void connect() {
        if (closed) {
            return;
        }
        try {
            if (publisher == null) {
                publisher = client.connect(StringCodec.UTF8);
            }
            if (subscriber == null) {
                StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub(StringCodec.UTF8);
                connection.addListener(new Listener());
                connection.addListener(new RedisConnectionStateListener() {
                    @Override
                    public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                        lost = true;
                        outage.failed(null);
                    }

                    @Override
                    public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
                        // The resubscription's confirmation (Listener.subscribed) ends the gap.
                    }
                });
                connection.sync().subscribe(notificationChannel, signedOutChannel);
                subscriber = connection;
            }
            log.debug("notification broker subscribed to {} and {}", notificationChannel, signedOutChannel);
        } catch (RuntimeException unreachable) {
            outage.failed(unreachable);
            lost = true;
            if (!closed) {
                connector.schedule(this::connect, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void publish(NotificationAdded added) {
        local.publish(added);
        send(notificationChannel, json.writeValueAsString(new Envelope(origin, added.userId(), added.notification())));
    }

    @Override
    public void subscribe(Consumer<NotificationAdded> receiver) {
        local.subscribe(receiver);
    }

    @Override
    public void publishSignedOut(long memberId) {
        local.publishSignedOut(memberId);
        send(signedOutChannel, origin + " " + memberId);
    }

    @Override
    public void subscribeSignedOut(LongConsumer receiver) {
        local.subscribeSignedOut(receiver);
    }

    @Override
    public void onGap(Runnable receiver) {
        gapReceivers.add(receiver);
    }

    /** Whether the subscription is up (for tests and health). */
    boolean subscribed() {
        StatefulRedisPubSubConnection<String, String> connection = subscriber;
        return connection != null && connection.isOpen() && !lost;
    }

    private void send(String channel, String message) {
        StatefulRedisConnection<String, String> connection = publisher;
        if (connection == null) {
            // Not connected yet (Redis was away at start): other instances miss it; their gap replays it.
            return;
        }
        try {
            connection.async().publish(channel, message).whenComplete((receivers, failure) -> {
                if (failure != null) {
                    outage.failed(failure);
                }
            });
        } catch (RuntimeException failure) {
            outage.failed(failure);
        }
    }

    private void received(String channel, String message) {
        try {
            if (channel.equals(notificationChannel)) {
                Envelope envelope = json.readValue(message, Envelope.class);
                if (!origin.equals(envelope.origin())) {
                    local.publish(new NotificationAdded(envelope.userId(), envelope.notification()));
                }
            } else if (channel.equals(signedOutChannel)) {
                int space = message.indexOf(' ');
                if (space > 0 && !origin.equals(message.substring(0, space))) {
                    local.publishSignedOut(Long.parseLong(message.substring(space + 1)));
                }
            }
        } catch (RuntimeException unreadable) {
            log.warn("ignored a message on {} that is not a notification of this site", channel, unreadable);
        }
    }

    private final class Listener extends RedisPubSubAdapter<String, String> {

        @Override
        public void message(String channel, String message) {
            received(channel, message);
        }

        @Override
        public void subscribed(String channel, long count) {
            if (lost && channel.equals(notificationChannel)) {
                lost = false;
                outage.recovered();
                log.debug("notification broker subscribed again: streams replay what they missed");
                for (Runnable receiver : gapReceivers) {
                    try {
                        receiver.run();
                    } catch (RuntimeException e) {
                        log.warn("a gap receiver failed", e);
                    }
                }
            }
        }
    }

    @Override
    public void destroy() {
        closed = true;
        connector.shutdownNow();
        StatefulRedisPubSubConnection<String, String> sub = subscriber;
        if (sub != null && sub.isOpen()) {
            sub.close();
        }
        StatefulRedisConnection<String, String> pub = publisher;
        if (pub != null && pub.isOpen()) {
            pub.close();
        }
    }
}
