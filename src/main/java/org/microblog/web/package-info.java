/**
 * Web plumbing shared by the features: the page layout ({@link org.microblog.web.Layout}),
 * flash messages, forms, paging ({@link org.microblog.web.PageOf}; the "Older" links carry a
 * {@link org.microblog.web.Cursor}, so any page costs what the first does), languages, and what
 * happens when a request fails: {@link org.microblog.web.RequestLimitsFilter} refuses bad
 * input before anything reads it, {@link org.microblog.web.ErrorHandling} and
 * {@link org.microblog.web.ErrorPageController} answer every failure with an error page in
 * the layout (or JSON, when preferred) carrying the status it stands for.
 *
 * <p>Statuses come from types, never names ({@link org.microblog.web.ErrorStatus}): the core's
 * {@code NotFound} is a 404 and its {@code RuleViolation} a 400, anything else is a logged 500
 * whose message stays in the log. {@link org.microblog.web.ErrorBody} is the one JSON error, which
 * the API writes too, so a failure reads the same through both doorways. This package knows no
 * feature: it may use only {@code core} and {@code config}.
 */
@NullMarked
package org.microblog.web;

import org.jspecify.annotations.NullMarked;
