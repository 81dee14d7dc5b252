package org.microblog.web;

import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * The client went away before its answer was written (a closed tab, a dropped connection, a
 * stream whose reader left): nothing can be answered and it is nobody's failure, so it is
 * logged at DEBUG at most, never as an error.
 */
public final class ClientGone {

    private ClientGone() {
    }

    public static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ClientAbortException || e instanceof AsyncRequestNotUsableException) {
                return true;
            }
            String message = e.getMessage();
            if (e instanceof IOException && message != null
                    && (message.contains("Broken pipe") || message.contains("Connection reset by peer"))) {
                return true;
            }
        }
        return false;
    }
}
