package org.microblog.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.microblog.schema.SchemaDifference.AddedColumn;
import org.microblog.schema.SchemaDifference.AddedForeignKey;
import org.microblog.schema.SchemaDifference.AddedIndex;
import org.microblog.schema.SchemaDifference.AddedTable;
import org.microblog.schema.SchemaDifference.RemovedColumn;
import org.microblog.schema.SchemaDifference.RemovedForeignKey;
import org.microblog.schema.SchemaDifference.RemovedIndex;
import org.microblog.schema.SchemaDifference.RemovedTable;

/**
 * The changes (and their rollback, in reverse order) that resolve a list of differences, as YAML
 * list items in the changelog's form. SQLite's traps (DESIGN.md §4) decide the forms: columns are
 * added and dropped with plain {@code ALTER TABLE} (Liquibase's addColumn/dropColumn rebuild the
 * table on SQLite), foreign keys only live inside {@code createTable} there, and what SQLite
 * cannot do without a rebuild is left out for SQLite with a warning.
 */
final class ChangeSetPlan {

    private static final List<Class<?>> ORDER = List.of(RemovedForeignKey.class, RemovedIndex.class, RemovedColumn.class,
            RemovedTable.class, AddedTable.class, AddedColumn.class, AddedIndex.class, AddedForeignKey.class);

    /** YAML list items, each starting with {@code "- "}, possibly on several lines. */
    final List<String> changes = new ArrayList<>();
    final List<String> rollback = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    static ChangeSetPlan of(List<SchemaDifference> differences) {
        ChangeSetPlan plan = new ChangeSetPlan();
        differences.stream().sorted(Comparator.comparingInt((SchemaDifference d) -> ORDER.indexOf(d.getClass()))
                .thenComparing(ChangeSetPlan::dependencyRank)).forEach(plan::add);
        return plan;
    }

    /** Tables that reference others of the same change set come after them (and are dropped before). */
    private static int dependencyRank(SchemaDifference difference) {
        int rank = difference instanceof AddedTable added ? added.table().foreignKeys().size() : 0;
        return difference instanceof RemovedTable removed ? -removed.table().foreignKeys().size() : rank;
    }

    private void add(SchemaDifference difference) {
        if (difference instanceof AddedTable d) {
            step(createTable(d.table()), List.of(dropTable(d.table())));
        } else if (difference instanceof RemovedTable d) {
            step(List.of(dropTable(d.table())), createTable(d.table()));
        } else if (difference instanceof AddedColumn d) {
            if (!d.column().nullable()) {
                warnings.add("'" + d.table() + "." + d.column().name() + "' is NOT NULL in the entities; it is added"
                        + " NULL-able (existing rows have no value): fill it, then add the constraint by hand");
            }
            step(List.of(sql(addColumn(d.table(), d.column()))), List.of(sql(dropColumn(d.table(), d.column().name()))));
        } else if (difference instanceof RemovedColumn d) {
            warnings.add("dropping '" + d.table() + "." + d.column().name() + "' loses its data; the rollback"
                    + " brings the column back empty" + (d.column().nullable() ? "" : " and NULL-able"));
            step(List.of(sql(dropColumn(d.table(), d.column().name()))), List.of(sql(addColumn(d.table(), d.column()))));
        } else if (difference instanceof AddedIndex d) {
            step(List.of(createIndex(d.table(), d.index())), List.of(dropIndex(d.table(), d.index())));
        } else if (difference instanceof RemovedIndex d) {
            step(dropKey(d.table(), d.index()), List.of(createIndex(d.table(), d.index())));
        } else if (difference instanceof AddedForeignKey d) {
            warnings.add("foreign key " + d.key().describe(d.table()) + " is not written for SQLite, where only"
                    + " CREATE TABLE can declare one (adding it would rebuild the table)");
            step(addForeignKey(d.table(), d.key()), dropForeignKey(d.table(), d.key()));
        } else if (difference instanceof RemovedForeignKey d) {
            warnings.add("foreign key " + d.key().describe(d.table()) + " is not dropped on SQLite, where only"
                    + " a table rebuild can drop one");
            step(dropForeignKey(d.table(), d.key()), addForeignKey(d.table(), d.key()));
        }
    }

    private static String dropTable(SchemaShape.Table table) {
        return "- dropTable: {tableName: " + table.name() + "}";
    }

    /** One step forward and its undo, which runs before the undo of every earlier step. */
    private void step(List<String> change, List<String> undo) {
        changes.addAll(change);
        rollback.addAll(0, undo);
    }

    private static String addColumn(String table, SchemaShape.Column column) {
        return "ALTER TABLE " + table + " ADD COLUMN " + column.name() + " " + ChangelogTypes.spell(column.type());
    }

    private static String dropColumn(String table, String column) {
        return "ALTER TABLE " + table + " DROP COLUMN " + column;
    }

    private List<String> createTable(SchemaShape.Table table) {
        Map<String, SchemaShape.ForeignKey> inline = new java.util.HashMap<>();
        for (SchemaShape.ForeignKey key : table.foreignKeys()) {
            if (key.columns().size() == 1) {
                inline.put(key.columns().get(0), key);
            } else {
                warnings.add("foreign key " + key.describe(table.name()) + " has several columns: add it by hand");
            }
        }
        List<String> lines = new ArrayList<>(List.of("- createTable:", "    tableName: " + table.name(), "    columns:"));
        for (SchemaShape.Column column : table.columns().values()) {
            List<String> constraints = new ArrayList<>();
            if (table.primaryKey().contains(column.name())) {
                constraints.add("primaryKey: true, primaryKeyName: pk_" + table.name());
            }
            if (!column.nullable() || table.primaryKey().contains(column.name())) {
                constraints.add("nullable: false");
            }
            SchemaShape.ForeignKey key = inline.get(column.name());
            if (key != null) {
                constraints.add("foreignKeyName: " + Names.foreignKey(table.name(), key) + ", references: "
                        + key.referencedTable() + "(" + String.join(", ", key.referencedColumns()) + ")");
            }
            boolean identity = table.primaryKey().equals(List.of(column.name()))
                    && "${id_type}".equals(ChangelogTypes.spell(column.type()));
            lines.add("      - column: {name: " + column.name() + ", type: '" + ChangelogTypes.spell(column.type()) + "'"
                    + (identity ? ", autoIncrement: true" : "")
                    + (constraints.isEmpty() ? "" : ", constraints: {" + String.join(", ", constraints) + "}") + "}");
        }
        List<String> items = new ArrayList<>();
        items.add(String.join("\n", lines));
        table.indexes().forEach(index -> items.add(createIndex(table.name(), index)));
        return items;
    }

    private static String createIndex(String table, SchemaShape.Index index) {
        List<String> columns = index.columns().stream().map(c -> "{column: {name: " + c + "}}").toList();
        return String.join("\n", "- createIndex:", "    tableName: " + table, "    indexName: " + Names.index(table, index),
                index.unique() ? "    unique: true" : null, "    columns: [" + String.join(", ", columns) + "]")
                .replace("\nnull", "");
    }

    private static String dropIndex(String table, SchemaShape.Index index) {
        return "- dropIndex: {tableName: " + table + ", indexName: " + Names.index(table, index) + "}";
    }

    /** A unique constraint is dropped as a constraint where it is one (PostgreSQL), an index elsewhere. */
    private List<String> dropKey(String table, SchemaShape.Index index) {
        if (!index.constraint()) {
            return List.of(dropIndex(table, index));
        }
        if (index.name().startsWith("sqlite_autoindex_")) {
            warnings.add("unique constraint " + index.describe(table) + " is part of SQLite's CREATE TABLE: only a"
                    + " table rebuild can drop it; not written for SQLite");
        }
        return List.of(sql("postgresql", "ALTER TABLE " + table + " DROP CONSTRAINT " + index.name()),
                sql("mysql,mariadb", "ALTER TABLE " + table + " DROP INDEX " + index.name()));
    }

    private static List<String> addForeignKey(String table, SchemaShape.ForeignKey key) {
        return List.of(sql("!sqlite", "ALTER TABLE " + table + " ADD CONSTRAINT " + Names.foreignKey(table, key)
                + " FOREIGN KEY (" + String.join(", ", key.columns()) + ") REFERENCES " + key.referencedTable() + " ("
                + String.join(", ", key.referencedColumns()) + ")"));
    }

    private static List<String> dropForeignKey(String table, SchemaShape.ForeignKey key) {
        String name = Names.foreignKey(table, key);
        return List.of(sql("postgresql", "ALTER TABLE " + table + " DROP CONSTRAINT " + name),
                sql("mysql,mariadb", "ALTER TABLE " + table + " DROP FOREIGN KEY " + name));
    }

    private static String sql(String statement) {
        return "- sql: " + quote(statement);
    }

    /** A change for some databases only: Liquibase's {@code sql} change takes {@code dbms}. */
    private static String sql(String dbms, String statement) {
        return "- sql: {dbms: " + quote(dbms) + ", sql: " + quote(statement) + "}";
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
