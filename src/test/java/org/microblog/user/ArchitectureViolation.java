package org.microblog.user;

import org.microblog.cli.MicroblogCommand;

/** Breaks a "never" rule on purpose (a feature using the command line); {@code ArchitectureTests} shows the rule catches it. */
public class ArchitectureViolation {

    MicroblogCommand command;
}
