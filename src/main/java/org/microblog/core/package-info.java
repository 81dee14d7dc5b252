/**
 * What every feature's rules are made of, and what the doorways (pages and API) need to
 * answer their failures: {@link org.microblog.core.NotFound} (what was not found) and
 * {@link org.microblog.core.RuleViolation} (which field, which text key). Features throw them;
 * the web and API doorways turn them into 404 and 400 answers. This package depends on no
 * feature and on nothing of the web.
 */
@NullMarked
package org.microblog.core;

import org.jspecify.annotations.NullMarked;
