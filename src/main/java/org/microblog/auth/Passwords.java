package org.microblog.auth;

import java.nio.charset.StandardCharsets;
import org.springframework.validation.BindingResult;

/** Rules every new password follows, wherever it is chosen (registration, reset). */
final class Passwords {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;

    private Passwords() {
    }

    static void check(String password, String password2, BindingResult result) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            result.rejectValue("password", "auth.password.tooLong", new Object[] {MAX_BYTES}, null);
        }
        if (password != null && !password.isEmpty() && password2 != null && !password2.isEmpty()
                && !password.equals(password2)) {
            result.rejectValue("password2", "auth.password.mismatch");
        }
    }
}
