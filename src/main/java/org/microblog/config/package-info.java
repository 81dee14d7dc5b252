/**
 * Configuration from the environment (the original's variable names). Every variable is read
 * here and only here: {@link org.microblog.config.MicroblogProperties} binds them, one nested
 * record per concern ({@code SiteSettings}, {@code DatabaseSettings}, {@code MailSettings}),
 * and other classes take the record; {@link org.microblog.config.Settings} binds the same
 * record for commands that start no Spring application. A value that cannot be used stops
 * startup with a message naming the variable. Also here: the database's pools and SQLite
 * dialect, the secret key (generated when unset), and the Liquibase migrations behind
 * {@code db upgrade/downgrade}.
 */
@NullMarked
package org.microblog.config;

import org.jspecify.annotations.NullMarked;
