package org.microblog.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One difference between the entities' schema and the database, named from the entities' side
 * as Alembic does: "added" is in the entities and missing from the database.
 */
sealed interface SchemaDifference {

    /** Alembic's line, e.g. {@code Detected added column 'posts.edited_at'}. */
    String detected();

    record AddedTable(SchemaShape.Table table) implements SchemaDifference {
        public String detected() {
            return "Detected added table '" + table.name() + "'";
        }
    }

    record RemovedTable(SchemaShape.Table table) implements SchemaDifference {
        public String detected() {
            return "Detected removed table '" + table.name() + "'";
        }
    }

    record AddedColumn(String table, SchemaShape.Column column) implements SchemaDifference {
        public String detected() {
            return "Detected added column '" + table + "." + column.name() + "'";
        }
    }

    record RemovedColumn(String table, SchemaShape.Column column) implements SchemaDifference {
        public String detected() {
            return "Detected removed column '" + table + "." + column.name() + "'";
        }
    }

    record AddedIndex(String table, SchemaShape.Index index) implements SchemaDifference {
        public String detected() {
            return "Detected added " + kind(index) + " '" + index.name() + "' on " + index.describe(table);
        }
    }

    record RemovedIndex(String table, SchemaShape.Index index) implements SchemaDifference {
        public String detected() {
            return "Detected removed " + kind(index) + " '" + index.name() + "' on " + index.describe(table);
        }
    }

    record AddedForeignKey(String table, SchemaShape.ForeignKey key) implements SchemaDifference {
        public String detected() {
            return "Detected added foreign key '" + key.name() + "' on " + key.describe(table);
        }
    }

    record RemovedForeignKey(String table, SchemaShape.ForeignKey key) implements SchemaDifference {
        public String detected() {
            return "Detected removed foreign key '" + key.name() + "' on " + key.describe(table);
        }
    }

    private static String kind(SchemaShape.Index index) {
        return index.constraint() ? "unique constraint" : index.unique() ? "unique index" : "index";
    }

    /**
     * The differences that turn {@code database} into {@code entities}. Indexes and unique keys
     * match on (columns, uniqueness) and foreign keys on (columns, referenced table and columns):
     * names are not compared, since Hibernate generates its own and the changelog chose others.
     * Column types are not compared either (each engine spells the same type several ways).
     */
    static List<SchemaDifference> between(SchemaShape entities, SchemaShape database) {
        List<SchemaDifference> differences = new ArrayList<>();
        entities.tables().forEach((name, table) -> {
            SchemaShape.Table existing = database.tables().get(name);
            if (existing == null) {
                differences.add(new AddedTable(table));
            } else {
                compare(table, existing, differences);
            }
        });
        database.tables().forEach((name, table) -> {
            if (!entities.tables().containsKey(name)) {
                differences.add(new RemovedTable(table));
            }
        });
        return differences;
    }

    private static void compare(SchemaShape.Table wanted, SchemaShape.Table existing, List<SchemaDifference> differences) {
        String table = wanted.name();
        added(wanted.columns(), existing.columns()).forEach(c -> differences.add(new AddedColumn(table, c)));
        added(existing.columns(), wanted.columns()).forEach(c -> differences.add(new RemovedColumn(table, c)));
        wanted.indexes().stream().filter(i -> existing.indexes().stream().noneMatch(e -> sameKey(i, e)))
                .forEach(i -> differences.add(new AddedIndex(table, i)));
        existing.indexes().stream().filter(e -> wanted.indexes().stream().noneMatch(i -> sameKey(i, e)))
                .forEach(e -> differences.add(new RemovedIndex(table, e)));
        wanted.foreignKeys().stream().filter(k -> existing.foreignKeys().stream().noneMatch(e -> sameKey(k, e)))
                .forEach(k -> differences.add(new AddedForeignKey(table, k)));
        existing.foreignKeys().stream().filter(e -> wanted.foreignKeys().stream().noneMatch(k -> sameKey(k, e)))
                .forEach(e -> differences.add(new RemovedForeignKey(table, e)));
    }

    private static List<SchemaShape.Column> added(Map<String, SchemaShape.Column> in, Map<String, SchemaShape.Column> notIn) {
        return in.values().stream().filter(c -> !notIn.containsKey(c.name())).toList();
    }

    private static boolean sameKey(SchemaShape.Index a, SchemaShape.Index b) {
        return a.columns().equals(b.columns()) && a.unique() == b.unique();
    }

    private static boolean sameKey(SchemaShape.ForeignKey a, SchemaShape.ForeignKey b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns());
    }
}
