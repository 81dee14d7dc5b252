package org.microblog.task;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.dashboard.JobRunrDashboardWebServerConfiguration;
import org.jobrunr.jobs.filters.RetryFilter;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.microblog.config.DataSources;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.JobSettings;
import org.microblog.config.MicroblogProperties;
import org.microblog.web.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JobRunr on the site's own database (its tables beside ours, created and upgraded by JobRunr
 * itself): the scheduler that enqueues, and this instance's background job server that runs jobs
 * (JOB_WORKERS of them at once, 0 for none). On SQLite JobRunr has connections of its own to the
 * same file (it polls and writes beside the site's single writer); on a database server it shares
 * the site's pool. The server starts after the web server and stops before the database closes;
 * a job cut off by a stop or a crash is picked up again by an instance once its server is seen dead.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfig {

    private static final Logger log = LoggerFactory.getLogger(JobsConfig.class);
    private static final int SQLITE_JOB_CONNECTIONS = 4;

    /** JobRunr's storage: closed with the context, and its own SQLite pool with it. */
    static final class JobStorage implements DisposableBean {

        final StorageProvider provider;
        private final DataSource ownPool;

        JobStorage(StorageProvider provider, DataSource ownPool) {
            this.provider = provider;
            this.ownPool = ownPool;
        }

        @Override
        public void destroy() {
            provider.close();
            if (ownPool != null) {
                DataSources.close(ownPool);
            }
        }
    }

    @Bean
    JobStorage jobStorage(DataSource dataSource, DatabaseUrl database, MicroblogProperties properties) {
        DataSource jobs = database.kind() == DatabaseUrl.Kind.SQLITE
                ? DataSources.sqliteJobsPool(properties.database(), SQLITE_JOB_CONNECTIONS) : dataSource;
        StorageProvider provider = SqlStorageProviderFactory.using(jobs);
        provider.setJobMapper(new JobMapper(jsonMapper()));
        return new JobStorage(provider, jobs == dataSource ? null : jobs);
    }

    @Bean
    JobRequestScheduler jobRequestScheduler(JobStorage storage) {
        return new JobRequestScheduler(storage.provider);
    }

    @Bean
    JobServerLifecycle jobServer(JobStorage storage, ApplicationContext context, JobSettings settings,
            TaskFailures failures, DatabaseOutage outage) {
        return new JobServerLifecycle(storage.provider, context, settings, failures, outage);
    }

    static JsonMapper jsonMapper() {
        return new Jackson3JsonMapper();
    }

    /**
     * This instance's job server (and the operator's dashboard when asked for), started with the
     * site. JobRunr stops its server for good when it cannot reach the database (its heartbeat
     * fails); a watchdog starts a new one once the database answers again, with one WARN and one
     * INFO line instead of JobRunr's stack traces.
     */
    static final class JobServerLifecycle implements SmartLifecycle {

        private static final long WATCH_SECONDS = 2;

        private final StorageProvider storage;
        private final ApplicationContext context;
        private final JobSettings settings;
        private final TaskFailures failures;
        private final DatabaseOutage outage;
        private ScheduledExecutorService watchdog;
        private volatile BackgroundJobServer server;
        private JobRunrDashboardWebServer dashboard;
        private volatile boolean running;
        private volatile boolean reportedStopped;

        JobServerLifecycle(StorageProvider storage, ApplicationContext context, JobSettings settings, TaskFailures failures,
                DatabaseOutage outage) {
            this.storage = storage;
            this.context = context;
            this.settings = settings;
            this.failures = failures;
            this.outage = outage;
        }

        private BackgroundJobServer newServer() {
            BackgroundJobServerConfiguration configuration = BackgroundJobServerConfiguration
                    .usingStandardBackgroundJobServerConfiguration()
                    .andWorkerCount(settings.workers())
                    .andPollInterval(settings.pollInterval());
            BackgroundJobServer created = new BackgroundJobServer(storage, jsonMapper(), context::getBean, configuration);
            created.setJobFilters(List.of(new RetryFilter(ExportPostsJob.RETRIES, settings.retryBackoff()), failures));
            return created;
        }

        /** Starts a new job server when JobRunr stopped the last one and the database answers. */
        private void watch() {
            BackgroundJobServer current = server;
            if (!running || current == null || current.isRunning()) {
                return;
            }
            if (!reportedStopped) {
                reportedStopped = true;
                log.warn("Background jobs stopped: the database could not be reached; they start again when it answers");
            }
            if (outage.ongoing()) {
                return;
            }
            try {
                BackgroundJobServer fresh = newServer();
                fresh.start();
                server = fresh;
                reportedStopped = false;
                log.info("Background jobs running again");
            } catch (RuntimeException stillAway) {
                log.debug("Background jobs not restarted yet", stillAway);
            }
        }

        @Override
        public void start() {
            if (settings.workers() > 0) {
                server = newServer();
                server.start();
                // Made at each start: a context that is stopped and started again (as the test
                // framework does with contexts it keeps) gets a new watchdog and a new server.
                watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "job-server-watchdog");
                    thread.setDaemon(true);
                    return thread;
                });
                watchdog.scheduleWithFixedDelay(this::watch, WATCH_SECONDS, WATCH_SECONDS, TimeUnit.SECONDS);
            }
            if (settings.dashboardPort() != null) {
                dashboard = new JobRunrDashboardWebServer(storage, jsonMapper(),
                        JobRunrDashboardWebServerConfiguration.usingStandardDashboardConfiguration()
                                .andPort(settings.dashboardPort()));
                dashboard.start();
                log.info("JobRunr's dashboard is on port {} (JOB_DASHBOARD_PORT): keep it off the public network",
                        settings.dashboardPort());
            }
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
            if (dashboard != null) {
                dashboard.stop();
            }
            BackgroundJobServer current = server;
            if (current != null && current.isRunning()) {
                // Jobs running now are interrupted; another instance (or this one after a restart) runs them again.
                current.stop();
            }
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        /** After the web server (which starts in a later phase's stop order: it stops first). */
        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 2048;
        }
    }
}
