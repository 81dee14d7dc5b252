package org.microblog.cli;

/** A command that cannot do what it was asked; its message is the one-line reason printed after "error: ". */
final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }
}
