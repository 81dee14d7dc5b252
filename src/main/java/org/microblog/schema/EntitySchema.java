package org.microblog.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.MicroblogSQLiteDialect;
import org.microblog.config.Migrations.MigrationException;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema the entities describe: every {@code @Entity} under {@code org.microblog}, created by
 * Hibernate (with the application's dialect and naming choices) in a scratch database, plus the
 * foreign keys declared with {@link References}.
 */
final class EntitySchema {

    private static final String ROOT_PACKAGE = "org.microblog";

    private EntitySchema() {
    }

    static SchemaShape read(DatabaseUrl like, Predicate<String> owned) {
        List<Class<?>> entities = entities();
        try (ScratchDatabase scratch = ScratchDatabase.createBeside(like)) {
            Keys keys = export(scratch.url(), entities);
            try (Connection connection = scratch.connect()) {
                return withKeys(SchemaShape.read(connection, owned), keys, entities);
            } catch (SQLException e) {
                throw new MigrationException("cannot read the scratch database: " + e.getMessage(), e);
            }
        }
    }

    static List<Class<?>> entities() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<Class<?>> entities = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(ROOT_PACKAGE)) {
            try {
                entities.add(Class.forName(candidate.getBeanClassName(), false, EntitySchema.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("an entity that was just found cannot be loaded", e);
            }
        }
        entities.sort(java.util.Comparator.comparing(Class::getName));
        return entities;
    }

    /** Indexes (with unique keys) and foreign keys of the mapping, by table. */
    private record Keys(Map<String, List<SchemaShape.Index>> indexes, Map<String, List<SchemaShape.ForeignKey>> foreignKeys) {
    }

    /** Creates the schema and returns the mapping's keys. */
    private static Keys export(DatabaseUrl url, List<Class<?>> entities) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource",
                        new DriverManagerDataSource(url.jdbcUrl(), nullToEmpty(url.username()), nullToEmpty(url.password())))
                .applySetting("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName())
                .applySetting("hibernate.implicit_naming_strategy", SpringImplicitNamingStrategy.class.getName())
                .applySetting("hibernate.timezone.default_storage", "NORMALIZE_UTC")
                .applySetting("jakarta.persistence.schema-generation.database.action", "create")
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
                .applySetting("hibernate.show_sql", "false");
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            builder.applySetting("hibernate.dialect", MicroblogSQLiteDialect.class.getName());
        }
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            // Building the session factory runs the schema action ("create"); nothing else is needed of it.
            metadata.buildSessionFactory().close();
            return new Keys(indexes(metadata), foreignKeys(metadata));
        } catch (RuntimeException e) {
            throw new MigrationException("Hibernate cannot create the entities' schema: " + e.getMessage(), e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * Indexes and unique keys from Hibernate's mapping rather than the scratch database: SQLite's
     * dialect leaves unique keys out (it cannot add a constraint to an existing table).
     */
    private static Map<String, List<SchemaShape.Index>> indexes(Metadata metadata) {
        Map<String, List<SchemaShape.Index>> indexes = new TreeMap<>();
        for (org.hibernate.mapping.Table table : metadata.collectTableMappings()) {
            List<SchemaShape.Index> list = indexes.computeIfAbsent(SchemaShape.lower(table.getName()), t -> new ArrayList<>());
            table.getIndexes().values().forEach(index -> list.add(new SchemaShape.Index(SchemaShape.lower(index.getName()),
                    names(index.getColumns()), index.isUnique(), false)));
            List<String> primaryKey = table.getPrimaryKey() == null ? List.of() : names(table.getPrimaryKey().getColumns());
            table.getUniqueKeys().values().stream().filter(key -> !names(key.getColumns()).equals(primaryKey))
                    .forEach(key -> list.add(new SchemaShape.Index(SchemaShape.lower(key.getName()), names(key.getColumns()),
                            true, true)));
        }
        return indexes;
    }

    private static List<String> names(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(c -> SchemaShape.lower(c.getName())).toList();
    }

    /**
     * The associations' foreign keys, from Hibernate's mapping rather than the scratch database:
     * SQLite's dialect creates none (it cannot add a constraint to an existing table).
     */
    private static Map<String, List<SchemaShape.ForeignKey>> foreignKeys(Metadata metadata) {
        Map<String, List<SchemaShape.ForeignKey>> keys = new TreeMap<>();
        for (org.hibernate.mapping.Table table : metadata.collectTableMappings()) {
            for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
                var referenced = key.getReferencedColumns().isEmpty() ? key.getReferencedTable().getPrimaryKey().getColumns()
                        : key.getReferencedColumns();
                keys.computeIfAbsent(SchemaShape.lower(table.getName()), t -> new ArrayList<>()).add(new SchemaShape.ForeignKey(
                        SchemaShape.lower(key.getName()), key.getColumns().stream().map(c -> SchemaShape.lower(c.getName())).toList(),
                        SchemaShape.lower(key.getReferencedTable().getName()),
                        referenced.stream().map(c -> SchemaShape.lower(c.getName())).toList()));
            }
        }
        return keys;
    }

    /** The mapping's keys, and the foreign keys {@link References} declares on entity fields and embedded ids. */
    private static SchemaShape withKeys(SchemaShape shape, Keys mapped, List<Class<?>> entities) {
        Map<String, SchemaShape.Table> tables = new TreeMap<>(shape.tables());
        for (Class<?> entity : entities) {
            Table annotation = entity.getAnnotation(Table.class);
            String table = SchemaShape.lower(annotation != null && !annotation.name().isEmpty() ? annotation.name()
                    : snake(entity.getSimpleName()));
            SchemaShape.Table current = tables.get(table);
            if (current == null) {
                continue;
            }
            List<SchemaShape.ForeignKey> keys = new ArrayList<>(mapped.foreignKeys().getOrDefault(table, List.of()));
            for (Field field : fields(entity)) {
                References references = field.getAnnotation(References.class);
                if (references != null) {
                    Column column = field.getAnnotation(Column.class);
                    String name = column != null && !column.name().isEmpty() ? column.name() : snake(field.getName());
                    keys.add(new SchemaShape.ForeignKey(references.name(), List.of(SchemaShape.lower(name)),
                            references.table(), List.of(references.column())));
                }
            }
            tables.put(table, new SchemaShape.Table(table, current.columns(), current.primaryKey(),
                    mapped.indexes().getOrDefault(table, List.of()), keys));
        }
        return new SchemaShape(tables);
    }

    private static List<Field> fields(Class<?> entity) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                fields.add(field);
                if (field.getType().isAnnotationPresent(Embeddable.class)) {
                    fields.addAll(List.of(field.getType().getDeclaredFields()));
                }
            }
        }
        return fields;
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String nullToEmpty(@org.jspecify.annotations.Nullable String s) {
        return s == null ? "" : s;
    }
}
