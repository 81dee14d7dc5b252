// Query-plan check of the home timeline (see bench/README.md): picks members of each shape by
// SQL in an already seeded database, and for each prints the plan of the timeline query the
// site runs (post/TimelineQueriesImpl, kept in step by hand: a walk of the newest posts, then
// if it falls short a merge of each followed member's newest posts; one statement with a
// lateral join on PostgreSQL, a walk statement then a UNION ALL on MariaDB and SQLite) and its
// time for the first page and for a deep page reached by cursor, beside the target. With --old, the former query (author in
// followed, ordered by time) is timed too, for comparison.
// Run: DATABASE_URL=... bench/timeline-plans [--old] [--runs 15] [--per-page 25] [--depth 20]
// Single-file Java program; the JDBC drivers come from target/microblog.jar (see the launcher).

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class TimelinePlans {

    static final double TARGET_MS = 2.0;
    static final String BEFORE = " AND q.timestamp <= ? AND (q.timestamp < ? OR q.id < ?)";
    static final int WINDOW = 500;
    static final String HYBRID = """
            WITH recent AS MATERIALIZED (
                SELECT q.id, q.timestamp, q.user_id FROM posts q WHERE TRUE%1$s
                ORDER BY q.timestamp DESC, q.id DESC LIMIT ?),
            authors AS MATERIALIZED (
                SELECT f.followed_id AS author_id FROM followers f WHERE f.follower_id = ?
                UNION SELECT CAST(? AS BIGINT)),
            walked AS MATERIALIZED (
                SELECT r.id, r.timestamp FROM recent r WHERE r.user_id IN (SELECT author_id FROM authors)
                ORDER BY r.timestamp DESC, r.id DESC LIMIT ?)
            SELECT w.id, w.timestamp FROM walked w
            WHERE (SELECT count(*) FROM walked) = ? OR (SELECT count(*) FROM recent) < ?
            UNION ALL
            SELECT p.id, p.timestamp FROM authors a CROSS JOIN LATERAL (
                SELECT q.id, q.timestamp FROM posts q WHERE q.user_id = a.author_id%1$s
                ORDER BY q.timestamp DESC, q.id DESC LIMIT ?) p
            WHERE (SELECT count(*) FROM walked) < ? AND (SELECT count(*) FROM recent) = ?
            ORDER BY 2 DESC, 1 DESC LIMIT ?""";
    static final String WALK = """
            SELECT r.id, r.timestamp FROM (
                SELECT q.id, q.timestamp, q.user_id FROM posts q WHERE 1 = 1%s
                ORDER BY q.timestamp DESC, q.id DESC LIMIT ?) r
            WHERE r.user_id = ? OR r.user_id IN (SELECT f.followed_id FROM followers f WHERE f.follower_id = ?)
            ORDER BY r.timestamp DESC, r.id DESC LIMIT ?""";
    static final String OLD = """
            SELECT p.id, p.timestamp FROM posts p JOIN users a ON a.id = p.user_id
            WHERE a.id = ? OR a.id IN (SELECT f.followed_id FROM followers f WHERE f.follower_id = ?)
            ORDER BY p.timestamp DESC, p.id DESC LIMIT ?""";
    static final String POST_COUNTS = "(SELECT user_id, count(*) AS c FROM posts GROUP BY user_id)";

    enum Kind { POSTGRESQL, MARIADB, SQLITE }

    record Cursor(Object timestamp, long id) {
    }

    static Kind kind;
    static int perPage = 25;

    public static void main(String[] args) throws Exception {
        boolean old = false;
        int runs = 15;
        int depth = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--old" -> old = true;
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--per-page" -> perPage = Integer.parseInt(args[++i]);
                case "--depth" -> depth = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String url = System.getenv("DATABASE_URL");
        if (url == null) {
            throw new IllegalArgumentException("set DATABASE_URL to a seeded database");
        }
        try (Connection db = connect(url)) {
            System.out.printf("%s, %d posts, %d members, %d follows; page of %d, deep page = after %d pages by cursor, median of %d runs%n",
                    kind, count(db, "SELECT count(*) FROM posts"), count(db, "SELECT count(*) FROM users"),
                    count(db, "SELECT count(*) FROM followers"), perPage, depth, runs);
            for (Map.Entry<String, Long> shape : shapes(db).entrySet()) {
                long me = shape.getValue();
                System.out.printf("%n== %s: member %d, follows %d%n", shape.getKey(), me,
                        count(db, "SELECT count(*) FROM followers WHERE follower_id = " + me));
                System.out.println(plan(db, me));
                double first = median(runs, () -> page(db, me, null));
                Cursor deep = null;
                for (int p = 0; p < depth; p++) {
                    List<Cursor> rows = page(db, me, deep);
                    if (rows.size() <= perPage) {
                        break;
                    }
                    deep = rows.get(perPage - 1);
                }
                Cursor at = deep;
                double deepMs = at == null ? Double.NaN : median(runs, () -> page(db, me, at));
                System.out.printf("first page %.3f ms, deep page %.3f ms (target <= %.1f ms): %s%n", first, deepMs,
                        TARGET_MS, first <= TARGET_MS && (at == null || deepMs <= TARGET_MS) ? "OK" : "OVER");
                if (old) {
                    System.out.printf("former query, first page: %.3f ms%n", median(Math.min(runs, 3), () -> oldPage(db, me)));
                }
            }
        }
    }

    static Connection connect(String url) throws SQLException {
        Matcher m = Pattern.compile("(\\w+)(?:\\+\\w+)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/]*)/(.*)").matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read DATABASE_URL " + url);
        }
        String scheme = m.group(1);
        if (scheme.equals("sqlite")) {
            kind = Kind.SQLITE;
            return DriverManager.getConnection("jdbc:sqlite:" + m.group(5));
        }
        kind = scheme.startsWith("postgres") ? Kind.POSTGRESQL : Kind.MARIADB;
        String jdbc = (kind == Kind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://") + m.group(4) + "/" + m.group(5);
        return DriverManager.getConnection(jdbc, m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    /** One member of each shape, chosen by SQL. */
    static Map<String, Long> shapes(Connection db) throws SQLException {
        Map<String, Long> shapes = new LinkedHashMap<>();
        put(shapes, "follows nobody, fewest posts", db, """
                SELECT u.id FROM users u LEFT JOIN %s pc ON pc.user_id = u.id
                WHERE NOT EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = u.id)
                ORDER BY coalesce(pc.c, 0), u.id LIMIT 1""".formatted(POST_COUNTS));
        put(shapes, "follows 1-10 rarely-posting members", db, """
                SELECT f.follower_id FROM followers f LEFT JOIN %s pc ON pc.user_id = f.followed_id
                GROUP BY f.follower_id HAVING count(*) BETWEEN 1 AND 10
                ORDER BY sum(coalesce(pc.c, 0)), f.follower_id LIMIT 1""".formatted(POST_COUNTS));
        put(shapes, "follows the busiest members", db, """
                SELECT f.follower_id FROM followers f LEFT JOIN %s pc ON pc.user_id = f.followed_id
                GROUP BY f.follower_id ORDER BY sum(coalesce(pc.c, 0)) DESC, f.follower_id LIMIT 1""".formatted(POST_COUNTS));
        put(shapes, "a follower of the most-followed member", db, """
                SELECT max(f.follower_id) FROM followers f WHERE f.followed_id =
                  (SELECT followed_id FROM (SELECT followed_id, count(*) AS n FROM followers GROUP BY followed_id
                   ORDER BY n DESC, followed_id LIMIT 1) top)""");
        return shapes;
    }

    static void put(Map<String, Long> shapes, String name, Connection db, String sql) throws SQLException {
        try (var rs = db.createStatement().executeQuery(sql)) {
            if (rs.next() && rs.getObject(1) != null) {
                shapes.put(name, rs.getLong(1));
            } else {
                System.out.println("no member: " + name);
            }
        }
    }

    /** The page the site would read: up to perPage + 1 posts (the extra says "older posts exist"). */
    static List<Cursor> page(Connection db, long me, Cursor before) throws SQLException {
        int n = perPage + 1;
        if (kind == Kind.POSTGRESQL) {
            try (PreparedStatement st = db.prepareStatement(HYBRID.formatted(before == null ? "" : BEFORE))) {
                int i = bind(st, 1, before);
                st.setInt(i++, WINDOW);
                st.setLong(i++, me);
                st.setLong(i++, me);
                for (int v : new int[] {n, n, WINDOW}) {
                    st.setInt(i++, v);
                }
                i = bind(st, i, before);
                for (int v : new int[] {n, n, WINDOW, n}) {
                    st.setInt(i++, v);
                }
                return rows(st);
            }
        }
        try (PreparedStatement st = db.prepareStatement(WALK.formatted(before == null ? "" : BEFORE))) {
            int i = bind(st, 1, before);
            st.setInt(i++, WINDOW);
            st.setLong(i++, me);
            st.setLong(i++, me);
            st.setInt(i, n);
            List<Cursor> walked = rows(st);
            if (walked.size() == n) {
                return walked;
            }
        }
        List<Long> authors = new ArrayList<>(List.of(me));
        try (PreparedStatement st = db.prepareStatement("SELECT followed_id FROM followers WHERE follower_id = ?")) {
            st.setLong(1, me);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    authors.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement st = db.prepareStatement(unionAll(authors.size(), before != null))) {
            int i = 1;
            for (long author : authors) {
                st.setLong(i++, author);
                i = bind(st, i, before);
                st.setInt(i++, perPage + 1);
            }
            st.setInt(i, perPage + 1);
            return rows(st);
        }
    }

    static String unionAll(int authors, boolean before) {
        StringBuilder sql = new StringBuilder("SELECT id, timestamp FROM (");
        for (int i = 0; i < authors; i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT id, timestamp FROM (SELECT q.id, q.timestamp FROM posts q")
                    .append(" WHERE q.user_id = ?").append(before ? BEFORE : "")
                    .append(" ORDER BY q.timestamp DESC, q.id DESC LIMIT ?) t").append(i);
        }
        return sql.append(") m ORDER BY timestamp DESC, id DESC LIMIT ?").toString();
    }

    static int bind(PreparedStatement st, int i, Cursor before) throws SQLException {
        if (before != null) {
            st.setObject(i++, before.timestamp());
            st.setObject(i++, before.timestamp());
            st.setLong(i++, before.id());
        }
        return i;
    }

    static List<Cursor> rows(PreparedStatement st) throws SQLException {
        List<Cursor> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new Cursor(rs.getObject(2), rs.getLong(1)));
            }
        }
        return rows;
    }

    static List<Cursor> oldPage(Connection db, long me) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(OLD)) {
            st.setLong(1, me);
            st.setLong(2, me);
            st.setInt(3, perPage + 1);
            return rows(st);
        }
    }

    /** The first page's plan, as the database explains it (PostgreSQL: run, with times and buffers). */
    static String plan(Connection db, long me) throws SQLException {
        String sql;
        StringBuilder out = new StringBuilder();
        if (kind == Kind.POSTGRESQL) {
            sql = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + HYBRID.formatted("");
            for (long v : new long[] {WINDOW, me, me, perPage + 1, perPage + 1, WINDOW, perPage + 1, perPage + 1, WINDOW,
                    perPage + 1}) {
                sql = sql.replaceFirst("\\?", "" + v);
            }
        } else {
            int authors = (int) count(db, "SELECT count(*) + 1 FROM followers WHERE follower_id = " + me);
            String union = unionAll(authors, false);
            List<Long> ids = new ArrayList<>(List.of(me));
            try (var rs = db.createStatement().executeQuery("SELECT followed_id FROM followers WHERE follower_id = " + me)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                union = union.replaceFirst("user_id = \\?", "user_id = " + id);
            }
            union = union.replace("?", "" + (perPage + 1));
            String walk = WALK.formatted("").replaceFirst("\\?", "" + WINDOW).replaceFirst("\\?", "" + me)
                    .replaceFirst("\\?", "" + me).replaceFirst("\\?", "" + (perPage + 1));
            String explain = kind == Kind.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
            out.append("walk:\n").append(explain(db, explain + walk)).append("\nmerge, when the walk falls short:\n");
            sql = explain + union;
        }
        return out.append(explain(db, sql)).toString().stripTrailing();
    }

    static String explain(Connection db, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (var rs = db.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            int lines = 0;
            while (rs.next()) {
                if (++lines > 12 && kind != Kind.POSTGRESQL) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    cells.add(String.valueOf(rs.getObject(c)));
                }
                out.append(kind == Kind.POSTGRESQL ? cells.get(0) : "  " + String.join(" | ", cells)).append('\n');
            }
            if (lines > 12 && kind != Kind.POSTGRESQL) {
                out.append("  … ").append(lines - 12).append(" more plan rows (one per followed member)\n");
            }
        }
        return out.toString().stripTrailing();
    }

    interface Query {
        Object run() throws SQLException;
    }

    static double median(int runs, Query query) throws SQLException {
        for (int i = 0; i < 3; i++) {
            query.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    static long count(Connection db, String sql) throws SQLException {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
