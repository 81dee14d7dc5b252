package org.microblog.mail;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends email in the background, one at a time, in the order queued: a page that sends mail
 * answers at once and in the same time whether or not a message goes out (as the original's
 * thread per email). A failure is logged; a full queue drops the message with a warning.
 * Its own thread rather than an {@code Executor} bean, which would replace Spring Boot's.
 */
@Component
public class MailQueue {

    private static final Logger log = LoggerFactory.getLogger(MailQueue.class);
    static final int CAPACITY = 1000;

    private final Mailer mailer;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(CAPACITY), runnable -> {
                Thread thread = new Thread(runnable, "mail");
                thread.setDaemon(true);
                return thread;
            }, (runnable, pool) -> log.warn("Mail queue full: an email was dropped"));

    MailQueue(Mailer mailer) {
        this.mailer = mailer;
    }

    /** Queues the message and returns at once. */
    public void sendInBackground(Email email) {
        sendInBackground(() -> Optional.of(email));
    }

    /**
     * Queues the composing too: {@code composer} runs on the mail thread and may decide there is
     * nothing to send, so the caller takes the same time either way.
     */
    public void sendInBackground(Supplier<Optional<Email>> composer) {
        executor.execute(() -> {
            try {
                composer.get().ifPresent(mailer::send);
            } catch (RuntimeException e) {
                log.error("Could not send an email", e);
            }
        });
    }

    @PreDestroy
    void finishQueuedMail() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(15, TimeUnit.SECONDS)) {
            log.warn("Mail queue: {} email(s) not sent at shutdown", executor.shutdownNow().size());
        }
    }
}
