package org.microblog.user;

/**
 * A member changed their username. Published inside the renaming transaction, so a listener
 * that keeps a copy of the name (such as the remember-me tokens, which are keyed on it)
 * updates it in the same transaction: both change or neither does.
 */
public record UserRenamed(long userId, String oldUsername, String newUsername) {
}
