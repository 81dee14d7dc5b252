package org.microblog.translate;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.microblog.config.MicroblogProperties;
import org.microblog.translate.TranslationFailed.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translates texts with the configured service: from the cache when it has the text, else on
 * a pool of {@value #CALLS} threads (with {@value #WAITING} more calls queued, beyond which a
 * request is told the service is busy) within {@link #TIMEOUT}; so however slow the service,
 * no more than a few request threads wait on it, and none for longer than the limit.
 */
@Service
public class TranslationService {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int CALLS = 4;
    static final int WAITING = 16;
    static final int CACHED = 2_000;

    private static final Logger log = LoggerFactory.getLogger(TranslationService.class);

    private final Optional<Translator> translator;
    private final TranslationCache cache = new TranslationCache(CACHED);
    private final ThreadPoolExecutor pool;

    @Autowired
    TranslationService(MicroblogProperties properties, JsonMapper json) {
        this(Translators.from(properties.translation(), json, TIMEOUT));
    }

    TranslationService(Optional<Translator> translator) {
        this.translator = translator;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(CALLS, CALLS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), task -> {
            Thread thread = new Thread(task, "translate-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        log.info(translator.map(t -> "Posts are translated with " + t.name() + ".")
                .orElse("No translation service is configured (LIBRETRANSLATE_URL, DEEPL_KEY, MS_TRANSLATOR_KEY): posts get no Translate link."));
    }

    /** Whether a service is configured, so pages offer translation. */
    public boolean available() {
        return translator.isPresent();
    }

    /**
     * The text in {@code to}: the cached translation, else the service's, within {@link #TIMEOUT}.
     *
     * @throws TranslationFailed when no service is configured or it cannot translate now
     */
    String translate(String text, String from, String to) {
        Translator service = translator.orElseThrow(() -> new TranslationFailed(Reason.UNAVAILABLE, "no translator"));
        if (from.equals(to)) {
            return text;
        }
        TranslationCache.Key key = new TranslationCache.Key(text, from, to);
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Future<String> call;
        try {
            call = pool.submit(() -> service.translate(text, from, to));
        } catch (RejectedExecutionException full) {
            throw new TranslationFailed(Reason.BUSY, CALLS + WAITING + " translations are already in progress");
        }
        try {
            String translation = call.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            cache.put(key, translation);
            return translation;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new TranslationFailed(Reason.TIMED_OUT, service.name() + " did not answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new TranslationFailed(Reason.TIMED_OUT, "the wait for " + service.name() + " was cut short", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TranslationFailed failed) {
                throw failed;
            }
            throw new TranslationFailed(Reason.UNAVAILABLE, service.name() + " failed: " + e.getCause(), e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
