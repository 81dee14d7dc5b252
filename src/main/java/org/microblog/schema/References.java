package org.microblog.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key on a plain id column ({@code Long userId}) that is not a JPA association, so the
 * entities can declare every foreign key of the schema: JPA has no way to say it without mapping
 * the other entity, which would tie the features together. {@code db migrate} reads it; Hibernate
 * does not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface References {

    /** The referenced table, e.g. {@code users}. */
    String table();

    /** The referenced column. */
    String column() default "id";

    /** The constraint's name, e.g. {@code fk_tasks_user}. */
    String name();
}
