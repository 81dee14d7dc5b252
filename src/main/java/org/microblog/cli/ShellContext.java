package org.microblog.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.rowset.SqlRowSet;
import org.springframework.jdbc.support.rowset.SqlRowSetMetaData;

/**
 * What the {@code shell}'s snippets reach the running application through. Snippets run in
 * this JVM with a class loader below the application's, so they see this very class and
 * its static state: the startup snippets read {@code ShellContext.bean(UserService.class)}
 * into variables such as {@code users}.
 */
public final class ShellContext {

    private static @Nullable ApplicationContext context;

    private ShellContext() {
    }

    static void open(@Nullable ApplicationContext applicationContext) {
        context = applicationContext;
    }

    /** The started application: {@code ctx} in the shell. */
    public static ApplicationContext context() {
        return Objects.requireNonNull(context, "the shell has no application context");
    }

    /** The application's bean of that type. */
    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /**
     * Runs one SQL statement with {@code ?} parameters on the application's database and prints
     * a query's rows as a table, or how many rows a change touched.
     */
    public static void sql(String statement, @Nullable Object... parameters) {
        PrintStream out = System.out;
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        String verb = statement.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (!List.of("select", "with", "values", "pragma", "show", "explain").contains(verb)) {
            out.println(jdbc.update(statement, parameters) + " row(s) changed");
            return;
        }
        SqlRowSet rows = jdbc.queryForRowSet(statement, parameters);
        SqlRowSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        List<String[]> table = new ArrayList<>();
        String[] header = new String[columns];
        for (int c = 0; c < columns; c++) {
            header[c] = meta.getColumnLabel(c + 1);
        }
        table.add(header);
        while (rows.next()) {
            String[] row = new String[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = String.valueOf(rows.getObject(c + 1));
            }
            table.add(row);
        }
        print(table, columns, out);
        out.println("(" + (table.size() - 1) + " row" + (table.size() == 2 ? ")" : "s)"));
    }

    private static void print(List<String[]> table, int columns, PrintStream out) {
        int[] widths = new int[columns];
        for (String[] row : table) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        int rule = 3 * (columns - 1);
        for (int width : widths) {
            rule += width;
        }
        for (int r = 0; r < table.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == 0 ? "" : " | ").append(String.format("%-" + widths[c] + "s", table.get(r)[c]));
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                out.println("-".repeat(Math.max(rule, 1)));
            }
        }
    }
}
