package org.microblog.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.config.Migrations.MigrationException;

/** The comparison and the change sets it writes, without a database (the integration tests run them). */
class ChangeSetPlanTests {

    static final SchemaShape.Column ID = new SchemaShape.Column("id", "BIGINT", false, true);
    static final SchemaShape.Column USER_ID = new SchemaShape.Column("user_id", "INT8", false, false);
    static final SchemaShape.Column EDITED = new SchemaShape.Column("edited_at", "TIMESTAMPTZ", true, false);
    static final SchemaShape.ForeignKey TO_USERS = new SchemaShape.ForeignKey("FKk2f8a6b1t9xq3", List.of("user_id"), "users",
            List.of("id"));

    static SchemaShape.Table table(String name, List<SchemaShape.Index> indexes, List<SchemaShape.ForeignKey> keys,
            SchemaShape.Column... columns) {
        Map<String, SchemaShape.Column> map = new LinkedHashMap<>();
        for (SchemaShape.Column column : columns) {
            map.put(column.name(), column);
        }
        return new SchemaShape.Table(name, map, List.of("id"), indexes, keys);
    }

    static SchemaShape schema(SchemaShape.Table... tables) {
        Map<String, SchemaShape.Table> map = new LinkedHashMap<>();
        for (SchemaShape.Table table : tables) {
            map.put(table.name(), table);
        }
        return new SchemaShape(map);
    }

    @Test
    void keysMatchByShapeNotByName() {
        SchemaShape entities = schema(table("likes", List.of(new SchemaShape.Index("IDXa1b2c3d4e5f6", List.of("user_id"), false,
                false)), List.of(TO_USERS), ID, USER_ID));
        SchemaShape database = schema(table("likes", List.of(new SchemaShape.Index("ix_likes_user_id", List.of("user_id"), false,
                false)), List.of(new SchemaShape.ForeignKey("fk_likes_user", List.of("user_id"), "users", List.of("id"))),
                ID, USER_ID));

        assertThat(SchemaDifference.between(entities, database)).isEmpty();
    }

    @Test
    void anAddedColumnIsAPlainAlterTableWithTheChangelogsTypeProperty() {
        SchemaShape entities = schema(table("posts", List.of(), List.of(), ID, EDITED));
        SchemaShape database = schema(table("posts", List.of(), List.of(), ID));

        List<SchemaDifference> differences = SchemaDifference.between(entities, database);
        ChangeSetPlan plan = ChangeSetPlan.of(differences);

        assertThat(differences).extracting(SchemaDifference::detected).containsExactly("Detected added column 'posts.edited_at'");
        assertThat(plan.changes).containsExactly("- sql: 'ALTER TABLE posts ADD COLUMN edited_at ${ts_type}'");
        assertThat(plan.rollback).containsExactly("- sql: 'ALTER TABLE posts DROP COLUMN edited_at'");
        assertThat(plan.warnings).isEmpty();
    }

    @Test
    void anAddedTableDeclaresItsForeignKeysInsideCreateTableAndGetsItsIndexes() {
        SchemaShape entities = schema(table("likes", List.of(new SchemaShape.Index("IDXa1b2c3d4e5f6", List.of("user_id"), false,
                false)), List.of(TO_USERS), ID, USER_ID));

        ChangeSetPlan plan = ChangeSetPlan.of(SchemaDifference.between(entities, schema()));

        assertThat(plan.changes).containsExactly(String.join("\n", "- createTable:", "    tableName: likes", "    columns:",
                "      - column: {name: id, type: '${id_type}', autoIncrement: true, constraints: {primaryKey: true,"
                        + " primaryKeyName: pk_likes, nullable: false}}",
                "      - column: {name: user_id, type: '${id_type}', constraints: {nullable: false, foreignKeyName:"
                        + " fk_likes_user, references: users(id)}}"),
                String.join("\n", "- createIndex:", "    tableName: likes", "    indexName: ix_likes_user_id",
                        "    columns: [{column: {name: user_id}}]"));
        assertThat(plan.rollback).containsExactly("- dropTable: {tableName: likes}");
    }

    @Test
    void foreignKeysOutsideCreateTableAreLeftOutForSqliteWithAWarning() {
        SchemaShape entities = schema(table("likes", List.of(), List.of(TO_USERS), ID, USER_ID));
        SchemaShape database = schema(table("likes", List.of(), List.of(), ID, USER_ID));

        ChangeSetPlan plan = ChangeSetPlan.of(SchemaDifference.between(entities, database));

        assertThat(plan.changes).containsExactly("- sql: {dbms: '!sqlite', sql: 'ALTER TABLE likes ADD CONSTRAINT fk_likes_user"
                + " FOREIGN KEY (user_id) REFERENCES users (id)'}");
        assertThat(plan.rollback).containsExactly(
                "- sql: {dbms: 'postgresql', sql: 'ALTER TABLE likes DROP CONSTRAINT fk_likes_user'}",
                "- sql: {dbms: 'mysql,mariadb', sql: 'ALTER TABLE likes DROP FOREIGN KEY fk_likes_user'}");
        assertThat(plan.warnings).singleElement().asString().contains("not written for SQLite");
    }

    @Test
    void aRemovedColumnLosesItsIndexFirstAndComesBackOnRollback() {
        SchemaShape entities = schema(table("posts", List.of(), List.of(), ID));
        SchemaShape database = schema(table("posts", List.of(new SchemaShape.Index("ix_posts_edited_at", List.of("edited_at"),
                false, false)), List.of(), ID, EDITED));

        ChangeSetPlan plan = ChangeSetPlan.of(SchemaDifference.between(entities, database));

        assertThat(plan.changes).containsExactly("- dropIndex: {tableName: posts, indexName: ix_posts_edited_at}",
                "- sql: 'ALTER TABLE posts DROP COLUMN edited_at'");
        assertThat(plan.rollback).containsExactly("- sql: 'ALTER TABLE posts ADD COLUMN edited_at ${ts_type}'",
                String.join("\n", "- createIndex:", "    tableName: posts", "    indexName: ix_posts_edited_at",
                        "    columns: [{column: {name: edited_at}}]"));
        assertThat(plan.warnings).singleElement().asString().contains("loses its data");
    }

    @Test
    void theNextFileIsNumberedAfterTheHighestAndNamedByTheMessage(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("db.changelog-master.yaml"), "databaseChangeLog:\n");
        Files.writeString(directory.resolve("0001-create-users.yaml"), "");
        Files.writeString(directory.resolve("0012-add-things.yaml"), "");
        ChangelogFolder folder = new ChangelogFolder(directory);

        assertThat(folder.nextId("Add edited_at to Posts!")).isEqualTo("0013-add-edited-at-to-posts");
        assertThat(ChangelogFolder.slug("Añadir índice")).isEqualTo("anadir-indice");
        assertThatThrownBy(() -> folder.nextId("!!!")).isInstanceOf(MigrationException.class)
                .hasMessageContaining("no letters or digits");
        assertThatThrownBy(() -> new ChangelogFolder(directory.resolve("nowhere"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("--changelog-dir");
    }
}
