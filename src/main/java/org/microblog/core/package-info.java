/**
 * What every feature's rules are made of, and what the doorways (pages and API) need to
 * answer their failures: {@link org.microblog.core.NotFound} (what was not found) and
 * {@link org.microblog.core.RuleViolation} (which field, which text key). Features throw them;
 * the web and API doorways turn them into 404 and 400 answers. This package depends on no
 * feature and on nothing of the web.
 *
 * <p>It also holds what text rules are made of: {@link org.microblog.core.FieldText} (how a typed
 * text is cleaned and counted), {@link org.microblog.core.TextRuleValidator} (a rule as a form
 * constraint that reports what the rule's {@code RuleViolation} says), and the rule several
 * features share, {@link org.microblog.core.ShortText} (posts, messages, about me).
 */
@NullMarked
package org.microblog.core;

import org.jspecify.annotations.NullMarked;
