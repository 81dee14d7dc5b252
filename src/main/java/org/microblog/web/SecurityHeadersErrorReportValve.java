package org.microblog.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (a request line or URI it cannot parse never reaches the site: it
 * answers 400 itself) with the headers every page of the site carries: no sniffing, no
 * framing, no scripts or styles, no referrer to other sites. Its report shows the status only,
 * never the server's name or a stack trace.
 */
class SecurityHeadersErrorReportValve extends ErrorReportValve {

    /** Stricter than the site's policy: the page has no script, style or image of its own to allow. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    SecurityHeadersErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() >= 400 && !response.isCommitted() && response.getContentWritten() == 0) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-store");
        }
        super.report(request, response, throwable);
    }
}
