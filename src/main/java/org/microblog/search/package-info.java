/**
 * Search of posts and members, in the database itself (no search server): the index is written
 * by triggers in each post's transaction (change set 0013), so every instance on the database
 * finds the same, and {@link org.microblog.search.SearchIndex} rebuilds it for a restored database.
 */
@NullMarked
package org.microblog.search;

import org.jspecify.annotations.NullMarked;
