/**
 * {@code import-flask}: copies a database written by the original Flask Microblog (SQLite,
 * PostgreSQL or MySQL, with the tables of any chapter from 4 to 23) into an empty Microblog
 * database. It reads the source through plain read-only JDBC, finds out which of the
 * original's tables and columns exist from the JDBC metadata (absent ones take their
 * defaults), and writes the target in one transaction, so a failure leaves nothing
 * half-imported. Ids are kept, so relations and the API's links stay as they were; a row that
 * cannot be taken as it is (two names equal without regard to case, an over-long text, a
 * reference to a missing member) is changed or left out, and every such row is reported with
 * its reason. It works below the application: no Spring context, no feature's repository.
 */
@NullMarked
package org.microblog.importer;

import org.jspecify.annotations.NullMarked;
