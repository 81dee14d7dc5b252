package org.microblog.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.microblog.config.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an operator's tools read ({@code microblog.operations.*}).
 *
 * @param metricsToken the bearer token that opens {@code /actuator/prometheus} ({@code METRICS_TOKEN});
 *     null: the metrics are not served on the web at all
 */
@ConfigurationProperties("microblog.operations")
public record OperationsSettings(@Nullable String metricsToken) {

    public OperationsSettings {
        metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken;
        if (metricsToken != null && metricsToken.length() < 16) {
            throw new InvalidSettingException("METRICS_TOKEN", "is too short to be secret; use at least 16 random characters");
        }
    }

    boolean metricsServed() {
        return metricsToken != null;
    }

    /** Whether the presented token is the configured one, compared in constant time. */
    boolean opensMetrics(@Nullable String presented) {
        return metricsToken != null && presented != null && MessageDigest.isEqual(
                metricsToken.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
