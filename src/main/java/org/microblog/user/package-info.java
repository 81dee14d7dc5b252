/**
 * Members: registration, passwords (bcrypt, and the original's Werkzeug hashes upgraded on
 * sign-in), profiles, presence, avatars and API tokens. {@link org.microblog.user.User} is the
 * one entity other features may refer to; {@link org.microblog.user.UserService} is the way in.
 * Its pages: {@code /edit_profile} (a rename publishes {@link org.microblog.user.UserRenamed} and
 * keeps the member signed in), the identicons at {@code /avatar/<md5>}, and the interceptor that
 * records {@code last_seen}. The profile page composes several features and lives in {@code profile}.
 */
@NullMarked
package org.microblog.user;

import org.jspecify.annotations.NullMarked;
