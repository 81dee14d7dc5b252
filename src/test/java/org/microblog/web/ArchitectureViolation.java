package org.microblog.web;

import org.microblog.user.UserService;

/** Breaks a "never" rule on purpose (the web plumbing using a feature); {@code ArchitectureTests} shows the rule catches it. */
public class ArchitectureViolation {

    UserService users;
}
