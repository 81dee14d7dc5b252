/**
 * The follow relation between members. Following is idempotent and safe under concurrency:
 * the composite primary key keeps one row, and the service reports whether this call created it.
 */
@NullMarked
package org.microblog.follow;

import org.jspecify.annotations.NullMarked;
