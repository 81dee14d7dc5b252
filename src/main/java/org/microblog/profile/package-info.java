/**
 * The member's profile page ({@code /user/<username>}): their card (avatar, about me, last
 * seen, follower counts, the follow button or, on one's own page, the edit and export links)
 * above their posts. It composes three features, which is why it is a package of its own:
 * in {@code user} it would make {@code user} and {@code post}/{@code follow} depend on each
 * other, since both of those build on {@code user}.
 */
@NullMarked
package org.microblog.profile;

import org.jspecify.annotations.NullMarked;
