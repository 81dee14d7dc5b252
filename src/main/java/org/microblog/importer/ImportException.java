package org.microblog.importer;

/** An import that cannot be done, with a one-line reason for the operator. */
public class ImportException extends RuntimeException {

    ImportException(String message) {
        super(message);
    }

    ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
