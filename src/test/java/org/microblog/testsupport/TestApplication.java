package org.microblog.testsupport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.microblog.MicroblogApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application, started once per database for the whole test run (no web server) and
 * emptied before each test. Contexts are closed and their databases dropped when the JVM ends.
 */
public final class TestApplication {

    /** Tables in an order that lets rows be deleted without breaking foreign keys. */
    private static final List<String> TABLES = List.of("persistent_logins", "notifications", "tasks", "messages", "followers", "blocks", "posts",
            "users");

    private static final Map<TestDatabase, TestApplication> RUNNING = new ConcurrentHashMap<>();
    private static final List<TestDatabase.Cleanup> CLEANUPS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestApplication::shutdown, "test-databases-cleanup"));
    }

    private final TestDatabase database;
    private final String databaseUrl;
    private final ConfigurableApplicationContext context;

    private TestApplication(TestDatabase database) {
        this.database = database;
        this.databaseUrl = database.createDatabase();
        this.context = new SpringApplicationBuilder(MicroblogApplication.class, TestBeans.class)
                .web(WebApplicationType.NONE)
                .properties("DATABASE_URL=" + databaseUrl, "SECRET_KEY=test-secret-key-not-for-production",
                        "spring.main.banner-mode=off",
                        "spring.jpa.properties.hibernate.session_factory.statement_inspector=" + SqlStatements.class.getName())
                .run();
    }

    /** The application on this database, with every table empty and the clock reset. */
    public static TestApplication on(TestDatabase database) {
        TestApplication app = RUNNING.computeIfAbsent(database, TestApplication::new);
        app.clean();
        app.clock().reset();
        return app;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The application itself, for what needs the whole context (the shell's {@code ctx}). */
    public ConfigurableApplicationContext context() {
        return context;
    }

    public TestClock clock() {
        return context.getBean(TestClock.class);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public TestDatabase database() {
        return database;
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    private void clean() {
        clean(jdbc());
    }

    /** Deletes every row the application wrote. */
    public static void clean(JdbcTemplate jdbc) {
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    static synchronized void afterAllContextsClosed(TestDatabase.Cleanup cleanup) {
        CLEANUPS.add(cleanup);
    }

    private static void shutdown() {
        RUNNING.values().forEach(app -> app.context.close());
        List<TestDatabase.Cleanup> cleanups;
        synchronized (TestApplication.class) {
            cleanups = List.copyOf(CLEANUPS);
        }
        for (TestDatabase.Cleanup cleanup : cleanups) {
            try {
                cleanup.run();
            } catch (Exception e) {
                System.err.println("test database cleanup failed: " + e.getMessage());
            }
        }
    }

    /** The test clock, replacing the system clock. */
    @Configuration(proxyBeanMethods = false)
    public static class TestBeans {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
