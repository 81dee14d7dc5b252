/**
 * The command line of the executable jar (picocli): no command serves the site; {@code db}
 * manages schema versions; {@code import-flask} copies an original Flask Microblog database in.
 * Commands exit 0 on success and non-zero with a one-line reason.
 */
@NullMarked
package org.microblog.cli;

import org.jspecify.annotations.NullMarked;
