package org.microblog.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The database named by {@code DATABASE_URL}, in the original's SQLAlchemy form
 * ({@code sqlite:///relative.db}, {@code sqlite:////absolute.db},
 * {@code postgresql://user:pass@host:port/db}, {@code postgres://…}, {@code mysql://…},
 * {@code mariadb://…}, optionally with a {@code +driver} suffix such as
 * {@code postgresql+psycopg2://}), translated once into what JDBC needs.
 */
public record DatabaseUrl(Kind kind, String jdbcUrl, @Nullable String username, @Nullable String password) {

    public static final String VARIABLE = "DATABASE_URL";
    public static final String DEFAULT = "sqlite:///microblog.db";

    private static final String ACCEPTED = "expected sqlite:///relative/path.db, sqlite:////absolute/path.db, "
            + "postgresql://user:password@host:port/database, mysql://user:password@host:port/database "
            + "or mariadb://user:password@host:port/database";

    private static final Pattern SERVER_URL = Pattern.compile(
            "(?<scheme>[a-z]+)(\\+[a-z0-9_]+)?://(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?"
                    + "(?<host>\\[[0-9a-fA-F:]+]|[^:/?#@]+)(?::(?<port>\\d{1,5}))?/(?<database>[^/?#]+)(?:\\?(?<query>[^#]*))?");

    /** The kinds of database Microblog runs on. */
    public enum Kind {
        SQLITE("org.sqlite.JDBC"),
        POSTGRESQL("org.postgresql.Driver"),
        MARIADB("org.mariadb.jdbc.Driver");

        private final String driverClassName;

        Kind(String driverClassName) {
            this.driverClassName = driverClassName;
        }

        public String driverClassName() {
            return driverClassName;
        }
    }

    /** Parses a {@code DATABASE_URL}; {@code null} or blank means the default SQLite file. */
    public static DatabaseUrl parse(@Nullable String url) {
        if (url == null || url.isBlank()) {
            url = DEFAULT;
        }
        url = url.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sqlite:")) {
            return sqlite(url);
        }
        if (lower.startsWith("jdbc:")) {
            return jdbc(url);
        }
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches()) {
            throw invalid(url);
        }
        String scheme = m.group("scheme").toLowerCase(Locale.ROOT);
        Kind kind = switch (scheme) {
            case "postgresql", "postgres" -> Kind.POSTGRESQL;
            case "mysql", "mariadb" -> Kind.MARIADB;
            default -> throw invalid(url);
        };
        int port = m.group("port") != null ? Integer.parseInt(m.group("port")) : kind == Kind.POSTGRESQL ? 5432 : 3306;
        if (port < 1 || port > 65535) {
            throw new InvalidSettingException(VARIABLE, "port " + port + " is out of range in '" + redact(url) + "'");
        }
        String database = decode(m.group("database"));
        String query = kind == Kind.POSTGRESQL ? m.group("query") : withoutCharset(m.group("query"));
        String jdbcUrl = "jdbc:" + (kind == Kind.POSTGRESQL ? "postgresql" : "mariadb") + "://" + m.group("host") + ":" + port
                + "/" + database + (query == null || query.isEmpty() ? "" : "?" + query);
        return new DatabaseUrl(kind, jdbcUrl, emptyToNull(decode(m.group("user"))), emptyToNull(decode(m.group("password"))));
    }

    /** The SQLite database file, for a SQLite URL. */
    public Path sqliteFile() {
        if (kind != Kind.SQLITE) {
            throw new IllegalStateException("not a SQLite database: " + jdbcUrl);
        }
        return Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
    }

    private static DatabaseUrl sqlite(String url) {
        String rest = url.substring("sqlite:".length());
        if (!rest.startsWith("///") || rest.length() == 3) {
            throw invalid(url);
        }
        // SQLAlchemy: three slashes then a relative path; a fourth slash starts an absolute path.
        String path = rest.substring(3);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.equals(":memory:")) {
            throw new InvalidSettingException(VARIABLE, "an in-memory SQLite database would lose every post on restart; "
                    + ACCEPTED);
        }
        return new DatabaseUrl(Kind.SQLITE, "jdbc:sqlite:" + Path.of(path).toAbsolutePath().normalize(), null, null);
    }

    private static DatabaseUrl jdbc(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return new DatabaseUrl(Kind.SQLITE, url, null, null);
        }
        if (lower.startsWith("jdbc:postgresql://")) {
            return new DatabaseUrl(Kind.POSTGRESQL, url, null, null);
        }
        if (lower.startsWith("jdbc:mariadb://") || lower.startsWith("jdbc:mysql://")) {
            return new DatabaseUrl(Kind.MARIADB, "jdbc:mariadb:" + url.substring(url.indexOf("://")), null, null);
        }
        throw invalid(url);
    }

    private static InvalidSettingException invalid(String url) {
        return new InvalidSettingException(VARIABLE, "cannot use '" + redact(url) + "'; " + ACCEPTED);
    }

    /** The URL with any password replaced, fit for logs and error messages. */
    static String redact(String url) {
        return url.replaceAll("(://[^:@/]*:)[^@/]*@", "$1***@");
    }

    private static @Nullable String withoutCharset(@Nullable String query) {
        if (query == null) {
            return null;
        }
        // SQLAlchemy's ?charset=utf8mb4 has no meaning for the JDBC driver, which always speaks UTF-8.
        return String.join("&", java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("charset="))
                .toList());
    }

    private static @Nullable String decode(@Nullable String s) {
        return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        return kind + " " + redact(jdbcUrl);
    }
}
