/**
 * Accounts at the door: sign-in (Spring Security's form login with the original's fields,
 * "remember me", a local-only {@code next}, throttled guessing), registration, and password
 * reset by email through a signed link that expires after 10 minutes and works once (it carries
 * a fingerprint of the password hash it replaces). Mail goes through {@code org.microblog.mail}.
 * A throttled sign-in gets the sign-in page itself (429, {@code Retry-After}, the minutes to
 * wait); signing out lands on the sign-in page saying so; an unusable reset link says so on the
 * page that sends a new one. The screens' records are {@link org.microblog.auth.AuthPages}.
 */
@NullMarked
package org.microblog.auth;

import org.jspecify.annotations.NullMarked;
