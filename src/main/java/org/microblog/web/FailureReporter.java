package org.microblog.web;

import org.jspecify.annotations.Nullable;

/**
 * Told about every request that failed on our side (a 5xx), after it was logged; the mail
 * feature implements it to notify the administrators, so the web layer depends on no feature.
 */
public interface FailureReporter {

    void report(String method, String uri, @Nullable Throwable exception);
}
