/**
 * Web plumbing shared by the features: the page layout ({@link org.microblog.web.Layout}),
 * flash messages, forms, paging ({@link org.microblog.web.PageOf}), languages, and what
 * happens when a request fails: {@link org.microblog.web.RequestLimitsFilter} refuses bad
 * input before anything reads it, {@link org.microblog.web.ErrorHandling} and
 * {@link org.microblog.web.ErrorPageController} answer every failure with an error page in
 * the layout (or JSON, when preferred) carrying the status it stands for.
 */
@NullMarked
package org.microblog.web;

import org.jspecify.annotations.NullMarked;
