package org.microblog.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A schema as JDBC metadata describes it, names in lower case. Both sides of a comparison are
 * read by {@link #read}, so the engine's own spelling of types and names is the same on both.
 */
record SchemaShape(Map<String, Table> tables) {

    record Table(String name, Map<String, Column> columns, List<String> primaryKey, List<Index> indexes,
            List<ForeignKey> foreignKeys) {
    }

    record Column(String name, String type, boolean nullable, boolean autoIncrement) {
    }

    /** An index or a unique constraint ({@code constraint}); the same key when columns and uniqueness match. */
    record Index(String name, List<String> columns, boolean unique, boolean constraint) {
        String describe(String table) {
            return table + "(" + String.join(", ", columns) + ")";
        }
    }

    record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        String describe(String table) {
            return table + "(" + String.join(", ", columns) + ") -> " + referencedTable + "("
                    + String.join(", ", referencedColumns) + ")";
        }
    }

    /** Reads every table of the connection's database (or schema) that {@code owned} accepts. */
    static SchemaShape read(Connection connection, Predicate<String> owned) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Set<String> uniqueConstraints = uniqueConstraintNames(connection);
        Map<String, Table> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : names) {
            String name = lower(table);
            if (owned.test(name)) {
                tables.put(name, readTable(meta, catalog, schema, table, uniqueConstraints));
            }
        }
        return new SchemaShape(resolveImplicitReferences(tables));
    }

    private static Table readTable(DatabaseMetaData meta, @Nullable String catalog, @Nullable String schema, String table,
            Set<String> uniqueConstraints) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String name = lower(rs.getString("COLUMN_NAME"));
                columns.put(name, new Column(name, type(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE")),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        TreeMap<Short, String> pk = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                pk.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        List<String> primaryKey = List.copyOf(pk.values());
        List<ForeignKey> foreignKeys = foreignKeys(meta, catalog, schema, table);
        Set<String> foreignKeyNames = new HashSet<>();
        foreignKeys.forEach(fk -> foreignKeyNames.add(fk.name()));
        List<Index> indexes = new ArrayList<>();
        for (Index index : indexes(meta, catalog, schema, table, uniqueConstraints)) {
            boolean primaryKeyIndex = index.unique() && index.columns().equals(primaryKey);
            // MySQL/MariaDB create an index named after a foreign key when no index covers its columns.
            boolean foreignKeyIndex = !index.unique() && foreignKeyNames.contains(index.name());
            if (!primaryKeyIndex && !foreignKeyIndex) {
                indexes.add(index);
            }
        }
        return new Table(lower(table), columns, primaryKey, indexes, foreignKeys);
    }

    private static List<Index> indexes(DatabaseMetaData meta, @Nullable String catalog, @Nullable String schema, String table,
            Set<String> uniqueConstraints) throws SQLException {
        Map<String, TreeMap<Short, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                name = lower(name);
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), lower(column));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<Index> indexes = new ArrayList<>();
        columns.forEach((name, cols) -> indexes.add(new Index(name, List.copyOf(cols.values()), unique.get(name),
                uniqueConstraints.contains(name) || name.startsWith("sqlite_autoindex_"))));
        return indexes;
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, @Nullable String catalog, @Nullable String schema,
            String table) throws SQLException {
        record Part(String key, String name, String target, short sequence, String column, String referenced) {
        }
        List<Part> parts = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            int unnamed = 0;
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                short sequence = rs.getShort("KEY_SEQ");
                String target = lower(rs.getString("PKTABLE_NAME"));
                // SQLite's keys may be unnamed: each starts again at sequence 1.
                boolean named = name != null && !name.isEmpty();
                if (!named && sequence == 1) {
                    unnamed++;
                }
                String referenced = rs.getString("PKCOLUMN_NAME");
                parts.add(new Part(named ? lower(name) : "#" + unnamed, named ? lower(name) : "fk_" + lower(table) + "_" + target,
                        target, sequence, lower(rs.getString("FKCOLUMN_NAME")), referenced == null ? "" : lower(referenced)));
            }
        }
        Map<String, List<Part>> byKey = new LinkedHashMap<>();
        parts.forEach(part -> byKey.computeIfAbsent(part.key(), k -> new ArrayList<>()).add(part));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (List<Part> key : byKey.values()) {
            key.sort(java.util.Comparator.comparingInt(Part::sequence));
            foreignKeys.add(new ForeignKey(key.get(0).name(), key.stream().map(Part::column).toList(), key.get(0).target(),
                    key.stream().map(Part::referenced).filter(c -> !c.isEmpty()).toList()));
        }
        return foreignKeys;
    }

    /** {@code REFERENCES users} without a column means the primary key (SQLite reports no column). */
    private static Map<String, Table> resolveImplicitReferences(Map<String, Table> tables) {
        Map<String, Table> resolved = new TreeMap<>();
        tables.forEach((name, table) -> resolved.put(name, new Table(name, table.columns(), table.primaryKey(),
                table.indexes(), table.foreignKeys().stream().map(fk -> fk.referencedColumns().isEmpty()
                        && tables.containsKey(fk.referencedTable())
                                ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                                        tables.get(fk.referencedTable()).primaryKey())
                                : fk)
                        .toList())));
        return resolved;
    }

    /** Names of unique constraints (as opposed to unique indexes), which are dropped differently. */
    private static Set<String> uniqueConstraintNames(Connection connection) {
        Set<String> names = new HashSet<>();
        if (connection.getClass().getName().contains("sqlite")) {
            return names;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT constraint_name FROM information_schema.table_constraints"
                        + " WHERE constraint_type = 'UNIQUE' AND table_schema = "
                        + (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                                ? "current_schema()" : "database()"))) {
            while (rs.next()) {
                names.add(lower(rs.getString(1)));
            }
        } catch (SQLException e) {
            // without the list every unique key is treated as an index: only its removal is written differently
        }
        return names;
    }

    private static String type(String name, int size) {
        String type = name.toUpperCase(Locale.ROOT);
        boolean sized = type.contains("CHAR") && !type.contains("TEXT") && size > 0 && size < 65536;
        return sized ? type + "(" + size + ")" : type;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
