/**
 * Posts and the timelines that show them: home (own and followed posts), explore, and a
 * member's own. The home timeline reads the follow relation in the same query (by entity name
 * in JPQL), so one indexed statement yields a page with its authors.
 */
@NullMarked
package org.microblog.post;

import org.jspecify.annotations.NullMarked;
