package org.microblog.schema;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changelog's spelling of a column type: the master file's per-database properties
 * ({@code ${id_type}}, {@code ${ts_type}}, …, DESIGN.md §4) for the types that differ between
 * engines, so a change set written on one engine runs on all of them.
 */
final class ChangelogTypes {

    private static final Pattern VARCHAR = Pattern.compile("(?:VARCHAR|CHARACTER VARYING|NVARCHAR|VARCHAR2)\\((\\d+)\\)");

    private ChangelogTypes() {
    }

    /** The portable spelling, or empty when the type has none (it is then written as the engine spells it). */
    static Optional<String> portable(String engineType) {
        String type = engineType.toUpperCase(Locale.ROOT).strip();
        Matcher varchar = VARCHAR.matcher(type);
        if (varchar.matches()) {
            return Optional.of("VARCHAR(" + varchar.group(1) + ")");
        }
        String base = type.replaceAll("\\(.*\\)", "").replace(" UNSIGNED", "").strip();
        return Optional.ofNullable(switch (base) {
            case "BIGINT", "INT8", "BIGSERIAL" -> "${id_type}";
            case "INTEGER", "INT", "INT4", "SERIAL", "SMALLINT", "INT2", "MEDIUMINT" -> "INTEGER";
            case "TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITHOUT TIME ZONE", "DATETIME" ->
                    "${ts_type}";
            case "DOUBLE", "DOUBLE PRECISION", "FLOAT8", "FLOAT", "REAL", "FLOAT4" -> "${float_type}";
            case "TEXT", "LONGTEXT", "MEDIUMTEXT", "CLOB" -> "${text_type}";
            case "BOOLEAN", "BOOL", "BIT", "TINYINT" -> "BOOLEAN";
            case "DATE" -> "DATE";
            default -> null;
        });
    }

    static String spell(String engineType) {
        return portable(engineType).orElse(engineType.toUpperCase(Locale.ROOT));
    }
}
