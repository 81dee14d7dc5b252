/**
 * Accounts at the door: sign-in (Spring Security's form login with the original's fields,
 * "remember me", a local-only {@code next}, throttled guessing), registration, and password
 * reset by email through a signed link that expires after 10 minutes and works once (it carries
 * a fingerprint of the password hash it replaces). Mail goes through {@code org.microblog.mail}.
 */
@NullMarked
package org.microblog.auth;

import org.jspecify.annotations.NullMarked;
