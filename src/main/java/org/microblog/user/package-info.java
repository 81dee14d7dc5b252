/**
 * Members: registration, passwords (bcrypt, and the original's Werkzeug hashes upgraded on
 * sign-in), profiles, presence, avatars and API tokens. {@link org.microblog.user.User} is the
 * one entity other features may refer to; {@link org.microblog.user.UserService} is the way in.
 */
@NullMarked
package org.microblog.user;

import org.jspecify.annotations.NullMarked;
