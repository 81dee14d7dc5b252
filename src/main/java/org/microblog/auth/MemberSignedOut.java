package org.microblog.auth;

/**
 * A member signed out, or every session of theirs was ended (a new password): what is held
 * open for them, such as live notification streams, ends too. Published after the fact.
 */
public record MemberSignedOut(long memberId) {
}
