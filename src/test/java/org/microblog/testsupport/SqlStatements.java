package org.microblog.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL Hibernate sends from the current thread, so tests can count the statements
 * behind a page. Installed in every test application ({@code hibernate.session_factory.statement_inspector}).
 */
public final class SqlStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** The statements sent while {@code action} ran on this thread. */
    public static List<String> recordedWhile(Runnable action) {
        List<String> recording = new ArrayList<>();
        RECORDING.set(recording);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return recording;
    }
}
