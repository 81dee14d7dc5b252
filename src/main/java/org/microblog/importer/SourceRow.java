package org.microblog.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DatabaseUrl;

/**
 * The current row of a source table. A column the chapter does not have reads as null.
 * Times are the original's naive UTC date-times: SQLAlchemy writes them on SQLite as text
 * ({@code 2024-05-01 12:30:00.123456}), PostgreSQL and MySQL have a type for them.
 */
final class SourceRow {

    /** SQLAlchemy's SQLite format, with or without the fraction, and ISO's {@code T} too. */
    private static final DateTimeFormatter SQLITE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .append(DateTimeFormatter.ofPattern("HH:mm[:ss]"))
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    /** A value that is there but cannot be read as its column's type. */
    static final class UnreadableValue extends Exception {
        UnreadableValue(String column, Object value, String expected) {
            super(column + " '" + value + "' is not " + expected);
        }
    }

    private final ResultSet rs;
    private final List<String> columns;
    private final DatabaseUrl.Kind kind;

    SourceRow(ResultSet rs, List<String> columns, DatabaseUrl.Kind kind) {
        this.rs = rs;
        this.columns = columns;
        this.kind = kind;
    }

    boolean has(String column) {
        return columns.contains(column);
    }

    @Nullable String text(String column) throws SQLException {
        int index = index(column);
        return index < 0 ? null : rs.getString(index);
    }

    @Nullable Long number(String column) throws SQLException, UnreadableValue {
        Object value = object(column);
        if (value == null || value instanceof Number) {
            return value == null ? null : ((Number) value).longValue();
        }
        try {
            return Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new UnreadableValue(column, value, "a whole number");
        }
    }

    @Nullable Double decimal(String column) throws SQLException, UnreadableValue {
        Object value = object(column);
        if (value == null || value instanceof Number) {
            return value == null ? null : ((Number) value).doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new UnreadableValue(column, value, "a number");
        }
    }

    @Nullable Boolean bool(String column) throws SQLException, UnreadableValue {
        Object value = object(column);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        return switch (value.toString().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "t" -> true;
            case "0", "false", "f" -> false;
            default -> throw new UnreadableValue(column, value, "true or false");
        };
    }

    /** A naive UTC date-time, as the original stores them. */
    @Nullable LocalDateTime time(String column) throws SQLException, UnreadableValue {
        int index = index(column);
        if (index < 0) {
            return null;
        }
        if (kind != DatabaseUrl.Kind.SQLITE) {
            Object value = rs.getObject(index);
            if (value == null) {
                return null;
            }
            if (value instanceof Timestamp || value instanceof LocalDateTime) {
                return rs.getObject(index, LocalDateTime.class);
            }
            if (value instanceof OffsetDateTime offset) {
                return offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            throw new UnreadableValue(column, value, "a date and time");
        }
        String value = rs.getString(index);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), SQLITE_TIME);
        } catch (DateTimeParseException e) {
            throw new UnreadableValue(column, value, "a date and time");
        }
    }

    private @Nullable Object object(String column) throws SQLException {
        int index = index(column);
        return index < 0 ? null : rs.getObject(index);
    }

    private int index(String column) {
        int i = columns.indexOf(column);
        return i < 0 ? -1 : i + 1;
    }
}
