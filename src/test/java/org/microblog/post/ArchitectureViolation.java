package org.microblog.post;

import org.microblog.api.UserResponse;

/** Breaks a "never" rule on purpose (a feature using the API); {@code ArchitectureTests} shows the rule catches it. */
public class ArchitectureViolation {

    UserResponse answer;
}
