/**
 * Web plumbing shared by the features: the page layout ({@link org.microblog.web.Layout}),
 * flashes ({@link org.microblog.web.Flash}), forms, paging ({@link org.microblog.web.PageOf}; the
 * "Older" links carry a {@link org.microblog.web.Cursor}, so any page costs what the first does),
 * languages and interface texts, and what
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
 *
 * <p>Every screen renders a typed page record of its feature beside the {@code Layout}, and
 * looks its texts up in the template: the layout is jte's {@code LocalizationSupport} over
 * {@link org.microblog.web.Texts} ({@code ${layout.localize("nav.home")}}). Controllers never
 * resolve a text; flashes and form errors carry keys and arguments, looked up when shown, so
 * a plural ({@code {0,choice,1#1 follower|1<{0} followers}}) is chosen in the page's language.
 */
@NullMarked
package org.microblog.web;

import org.jspecify.annotations.NullMarked;
