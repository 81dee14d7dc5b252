package org.microblog.core;

import org.microblog.web.ErrorBody;

/** Breaks a "never" rule on purpose (the core knowing the web); {@code ArchitectureTests} shows the rule catches it. */
public class ArchitectureViolation {

    ErrorBody body;
}
