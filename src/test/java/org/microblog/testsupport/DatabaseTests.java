package org.microblog.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * Base of integration tests that run on every database: {@link #app} is the application on
 * the current one, empty, with its clock reset.
 */
@OnEveryDatabase
public abstract class DatabaseTests {

    @Parameter
    protected TestDatabase database;

    protected TestApplication app;

    @BeforeEach
    void startApplicationOnDatabase() {
        assumeTrue(database.unavailability().isEmpty(), () -> database.unavailability().orElseThrow());
        app = TestApplication.on(database);
    }

    protected <T> T bean(Class<T> type) {
        return app.bean(type);
    }
}
