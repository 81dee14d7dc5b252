package org.microblog.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Background jobs ({@code microblog.jobs.*}; JobRunr on the site's own database, see the task package).
 *
 * @param workers jobs run at once by this instance, 0–64; 0: this instance only enqueues ({@code JOB_WORKERS})
 * @param pollInterval how often the instance looks for jobs to run, 5 s at least ({@code JOB_POLL_INTERVAL})
 * @param retryBackoff the seed of the wait before a failed job's next try: the n-th retry waits
 *     about seed^n seconds ({@code JOB_RETRY_BACKOFF}, 1–10)
 * @param dashboardPort JobRunr's dashboard on this port, for operators only ({@code JOB_DASHBOARD_PORT});
 *     null: no dashboard
 */
@ConfigurationProperties("microblog.jobs")
public record JobSettings(int workers, Duration pollInterval, int retryBackoff, @Nullable Integer dashboardPort) {

    public static final int DEFAULT_WORKERS = 2;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);
    public static final int DEFAULT_RETRY_BACKOFF = 3;

    public JobSettings {
        if (workers < 0 || workers > 64) {
            throw new InvalidSettingException("JOB_WORKERS", workers + " is out of range; use a whole number from 0 to 64");
        }
        if (pollInterval.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new InvalidSettingException("JOB_POLL_INTERVAL", "must be 5s or more (JobRunr's shortest)");
        }
        if (retryBackoff < 1 || retryBackoff > 10) {
            throw new InvalidSettingException("JOB_RETRY_BACKOFF", retryBackoff + " is out of range; use 1 to 10");
        }
        if (dashboardPort != null && (dashboardPort < 1 || dashboardPort > 65535)) {
            throw new InvalidSettingException("JOB_DASHBOARD_PORT", dashboardPort + " is not a port; use 1 to 65535");
        }
    }

    /** From the environment variables' text, as {@code application.properties} passes it (blank: the default). */
    @ConstructorBinding
    JobSettings(@Nullable String workers, @Nullable String pollInterval, @Nullable String retryBackoff,
            @Nullable String dashboardPort) {
        this(SettingValues.wholeNumber("JOB_WORKERS", workers, DEFAULT_WORKERS, "use a whole number from 0 to 64"),
                SettingValues.duration("JOB_POLL_INTERVAL", pollInterval, DEFAULT_POLL_INTERVAL),
                SettingValues.wholeNumber("JOB_RETRY_BACKOFF", retryBackoff, DEFAULT_RETRY_BACKOFF, "use 1 to 10"),
                SettingValues.optional(dashboardPort) == null ? null
                        : SettingValues.wholeNumber("JOB_DASHBOARD_PORT", dashboardPort, 0, "use a port from 1 to 65535"));
    }
}
