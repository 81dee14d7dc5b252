package org.microblog.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The live notification streams, as gauges for the operator's metrics. */
@Component
class NotificationMetrics implements MeterBinder {

    private final NotificationStreams streams;

    NotificationMetrics(NotificationStreams streams) {
        this.streams = streams;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("microblog.notification.streams.open", streams, NotificationStreams::openStreams)
                .description("Notification streams open (connected or about to be)").register(registry);
        Gauge.builder("microblog.notification.streams.held", streams, NotificationStreams::heldStreams)
                .description("Notification streams held: open ones and those told to close").register(registry);
    }
}
