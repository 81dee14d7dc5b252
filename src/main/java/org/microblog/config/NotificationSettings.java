package org.microblog.config;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Live notification streams ({@code microblog.notifications.*}).
 *
 * @param streamsMax how many streams this instance holds open at most, 0–1,000,000
 *     ({@code NOTIFICATION_STREAMS_MAX}); beyond it a new stream is refused with 503 and the page
 *     polls instead; null: sized from the maximum heap by {@code notification.NotificationStreams}
 */
public record NotificationSettings(@Nullable Integer streamsMax) {

    private static final String ACCEPTED = "use a whole number from 0 (no streams: pages poll) to 1000000";

    public NotificationSettings {
        if (streamsMax != null && (streamsMax < 0 || streamsMax > 1_000_000)) {
            throw new InvalidSettingException("NOTIFICATION_STREAMS_MAX", streamsMax + " is out of range; " + ACCEPTED);
        }
    }

    /** From the environment variable's text (blank: sized from the heap). */
    @ConstructorBinding
    NotificationSettings(@Nullable String streamsMax) {
        this(SettingValues.optional(streamsMax) == null ? null
                : Integer.valueOf(SettingValues.wholeNumber("NOTIFICATION_STREAMS_MAX", streamsMax, 0, ACCEPTED)));
    }
}
