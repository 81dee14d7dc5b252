/**
 * Background tasks of members (such as exporting posts): at most one of a name in progress per member.
 */
@NullMarked
package org.microblog.task;

import org.jspecify.annotations.NullMarked;
