/**
 * Members: registration, passwords (bcrypt, and the original's Werkzeug hashes upgraded on
 * sign-in), profiles, presence, avatars and API tokens. {@link org.microblog.user.User} is the
 * one entity other features may refer to; {@link org.microblog.user.UserService} is the way in.
 * Its pages: {@code /edit_profile} (a rename publishes {@link org.microblog.user.UserRenamed} and
 * keeps the member signed in), the identicons at {@code /avatar/<md5>}, and the interceptor that
 * records {@code last_seen}. The profile page composes several features and lives in {@code profile}.
 *
 * <p>The feature owns two rules, each one type used by forms, API requests and the service:
 * {@link org.microblog.user.Username} (for new names; names stored before it, imported ones with
 * spaces or {@code /}, keep working) and {@link org.microblog.user.EmailAddress}. Every stored
 * name reaches its pages as one path segment ({@link org.microblog.user.UserPaths}), which
 * {@code UsernamePathsConfig} lets through Tomcat and Spring Security's firewall.
 */
@NullMarked
package org.microblog.user;

import org.jspecify.annotations.NullMarked;
