/**
 * {@code db migrate}, Alembic's autogenerate for this project: the entities are the truth of the
 * schema. Hibernate creates their schema in a scratch database of the same engine, both schemas
 * are read the same way (JDBC metadata), compared by shape (tables, columns, indexes, unique keys,
 * foreign keys; never by generated names), and the differences are written as one Liquibase
 * change set with its rollback in the project's YAML form, SQLite traps avoided (DESIGN.md §4).
 */
@NullMarked
package org.microblog.schema;

import org.jspecify.annotations.NullMarked;
