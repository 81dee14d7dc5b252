package org.microblog.translate;

/** A translation that did not happen, and why, in terms a member can be told. */
class TranslationFailed extends RuntimeException {

    enum Reason {
        /** The service will not translate this (an unsupported language, a text it refuses). */
        REFUSED,
        /** Too many translations at once, here or at the service (429, a used-up quota). */
        BUSY,
        /** The service failed or cannot be reached (5xx, a wrong key, a broken answer). */
        UNAVAILABLE,
        /** No answer within the time limit. */
        TIMED_OUT
    }

    private final Reason reason;

    TranslationFailed(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    TranslationFailed(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
