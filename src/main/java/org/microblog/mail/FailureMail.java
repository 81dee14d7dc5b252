package org.microblog.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.microblog.web.FailureReporter;
import org.springframework.web.util.HtmlUtils;

/**
 * Emails the administrators ({@code ADMINS}) about a failed request, with its stack trace, as
 * the original's SMTPHandler did. At most one email a minute: failures in between are counted
 * and mentioned in the next one, so an outage cannot flood anyone's inbox. With nobody to tell
 * (no {@code ADMINS}, or mail disabled) it does nothing.
 */
class FailureMail implements FailureReporter {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    static final String SUBJECT = "Microblog Failure";

    private final MailQueue queue;
    private final List<String> admins;
    private final Clock clock;
    private final AtomicReference<Instant> lastSent = new AtomicReference<>(Instant.MIN);
    private final AtomicInteger suppressed = new AtomicInteger();

    FailureMail(MailQueue queue, List<String> admins, Clock clock) {
        this.queue = queue;
        this.admins = List.copyOf(admins);
        this.clock = clock;
    }

    @Override
    public void report(String method, String uri, @Nullable Throwable exception) {
        if (admins.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant previous = lastSent.get();
        if (previous.plus(INTERVAL).isAfter(now) || !lastSent.compareAndSet(previous, now)) {
            suppressed.incrementAndGet();
            return;
        }
        int skipped = suppressed.getAndSet(0);
        String text = method + " " + uri + " failed at " + now + "\n"
                + (skipped == 0 ? "" : skipped + " more failure(s) since the last email were not mailed; see the log.\n")
                + "\n" + stackTrace(exception);
        for (String admin : admins) {
            queue.sendInBackground(new Email(admin, SUBJECT, text, "<pre>" + HtmlUtils.htmlEscape(text) + "</pre>"));
        }
    }

    /** The exception and its causes with their stack frames, as text for the email. */
    static String stackTrace(@Nullable Throwable exception) {
        if (exception == null) {
            return "(no exception)";
        }
        StringBuilder trace = new StringBuilder();
        String prefix = "";
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            trace.append(prefix).append(t).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                trace.append("\tat ").append(frame).append('\n');
            }
            prefix = "Caused by: ";
        }
        return trace.toString();
    }
}
