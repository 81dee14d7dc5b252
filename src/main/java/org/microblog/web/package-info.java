/**
 * Web plumbing shared by the features: paging ({@link org.microblog.web.PageOf}) now; layout,
 * flash messages and error pages as the pages arrive.
 */
@NullMarked
package org.microblog.web;

import org.jspecify.annotations.NullMarked;
