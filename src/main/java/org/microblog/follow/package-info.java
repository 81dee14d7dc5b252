/**
 * The follow relation between members. Following is idempotent and safe under concurrency:
 * the composite primary key keeps one row, and the service reports whether this call created it.
 * {@code FollowController} serves the Follow/Unfollow buttons (POST with CSRF; a GET shows the button).
 */
@NullMarked
package org.microblog.follow;

import org.jspecify.annotations.NullMarked;
