/**
 * Configuration from the environment (the original's variable names): the database chosen by
 * {@code DATABASE_URL} with its pools and SQLite dialect, the secret key, {@code microblog.*}
 * settings, and the Liquibase migrations behind {@code db upgrade/downgrade}. A value that
 * cannot be used stops startup with a message naming the variable.
 */
@NullMarked
package org.microblog.config;

import org.jspecify.annotations.NullMarked;
