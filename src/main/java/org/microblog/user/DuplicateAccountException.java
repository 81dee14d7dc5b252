package org.microblog.user;

/** Another member already has this username or email (compared without regard to case). */
public class DuplicateAccountException extends RuntimeException {

    private final String field;

    DuplicateAccountException(String field) {
        super("Please use a different " + ("email".equals(field) ? "email address." : field + "."));
        this.field = field;
    }

    /** The form field at fault: {@code username} or {@code email}. */
    public String field() {
        return field;
    }
}
