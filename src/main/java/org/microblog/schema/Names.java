package org.microblog.schema;

import java.util.regex.Pattern;

/**
 * The project's names ({@code ix_posts_timestamp}, {@code fk_tasks_user}) for indexes and foreign
 * keys that Hibernate named itself ({@code IDX…}, {@code UK…}, {@code FK…} and a hash), which
 * would otherwise end up in the changelog.
 */
final class Names {

    private static final Pattern GENERATED = Pattern.compile("(?i)(idx|uk|fk)[0-9a-z]{10,}");

    private Names() {
    }

    static String index(String table, SchemaShape.Index index) {
        if (!GENERATED.matcher(index.name()).matches()) {
            return index.name();
        }
        return (index.unique() ? "uq_" : "ix_") + table + "_" + String.join("_", index.columns());
    }

    static String foreignKey(String table, SchemaShape.ForeignKey key) {
        if (!GENERATED.matcher(key.name()).matches() && !key.name().startsWith("fk_" + table + "_" + key.referencedTable())) {
            return key.name();
        }
        return "fk_" + table + "_" + String.join("_", key.columns()).replaceAll("_id$", "");
    }
}
