package org.microblog.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} (and of readiness): DOWN at once while
 * {@link DatabaseOutage} knows of an outage, so a load balancer asking every second never waits
 * for the pool; otherwise a connection is asked for and checked, within the pool's connect
 * timeout, and a failure starts the outage's episode like a failed request would.
 */
@Component("database")
class DatabaseHealth implements HealthIndicator {

    private static final int VALID_WITHIN_SECONDS = 2;

    private final DataSource dataSource;
    private final DatabaseOutage outage;

    DatabaseHealth(DataSource dataSource, DatabaseOutage outage) {
        this.dataSource = dataSource;
        this.outage = outage;
    }

    @Override
    public Health health() {
        if (outage.ongoing()) {
            return Health.down().withDetail("retry_after_seconds", DatabaseOutage.RETRY_AFTER.toSeconds()).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALID_WITHIN_SECONDS)) {
                return Health.up().build();
            }
            return Health.down().withDetail("reason", "connection not valid within " + Duration.ofSeconds(VALID_WITHIN_SECONDS)).build();
        } catch (SQLException | RuntimeException unreachable) {
            if (DatabaseOutage.causedBy(unreachable)) {
                outage.failed(unreachable);
            }
            return Health.down().build();
        }
    }
}
