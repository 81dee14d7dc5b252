package org.microblog.web;

/** The signed-in member as every page needs them. */
public record CurrentMember(long id, String username) {
}
