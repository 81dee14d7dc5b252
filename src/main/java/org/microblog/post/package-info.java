/**
 * Posts and the timelines that show them: home (own and followed posts), explore, and a
 * member's own. The home timeline's post ids come from a query written per database
 * ({@code TimelineQueriesImpl}: a bounded walk of the newest posts, else a merge of each
 * followed member's newest), whose cost follows the page, never the number of posts; a second
 * statement reads those posts with their authors. Every list pages by cursor.
 */
@NullMarked
package org.microblog.post;

import org.jspecify.annotations.NullMarked;
