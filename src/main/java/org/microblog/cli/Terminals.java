package org.microblog.cli;

import java.io.Console;

/** Whether the command talks to a person at a terminal or to a pipe, a file or a test. */
final class Terminals {

    private Terminals() {
    }

    /**
     * True when standard input and output are a terminal. Up to JDK 21 that is
     * {@code System.console() != null}; from JDK 22 a console exists even for pipes, and
     * {@code Console.isTerminal()} (looked up reflectively, as the source level is 17) tells.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJdk22) {
            return true;
        }
    }
}
