package org.microblog.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 connector with a deadline for a request's line and headers, counted from the
 * request's first byte. Tomcat's own {@code connectionTimeout} restarts with every byte read, so a
 * client trickling a byte every few seconds (slowloris) holds its connection for ever; here, once a
 * second, a connection still reading the head of a request that began longer ago than the deadline
 * is closed. Connections answering a request, streams (upgraded) and idle keep-alives are left to
 * Tomcat. The deadline is a connector property ({@code requestHeaderTimeout}, milliseconds), set
 * from {@code REQUEST_HEADER_TIMEOUT} by {@link WebConfig}.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

    private volatile long requestHeaderTimeoutMillis = 20_000;
    private ScheduledExecutorService sweeper;

    public long getRequestHeaderTimeout() {
        return requestHeaderTimeoutMillis;
    }

    public void setRequestHeaderTimeout(long millis) {
        this.requestHeaderTimeoutMillis = millis;
    }

    @Override
    public void start() throws Exception {
        super.start();
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "request-header-deadline");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::closeLateHeads, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        super.stop();
    }

    /**
     * Whether a processor whose request has begun (its first byte came) is still before the
     * request's processing: Tomcat moves the stage to "prepare" only once the line and headers are
     * read, and leaves the last request's stage (ended, keep-alive) until then.
     */
    private static boolean stillReadingTheHead(int stage) {
        return stage == Constants.STAGE_NEW || stage == Constants.STAGE_PARSE || stage == Constants.STAGE_KEEPALIVE
                || stage == Constants.STAGE_ENDED;
    }

    private void closeLateHeads() {
        try {
            long now = System.nanoTime();
            long deadline = TimeUnit.MILLISECONDS.toNanos(requestHeaderTimeoutMillis);
            for (SocketWrapperBase<?> connection : getEndpoint().getConnections()) {
                if (connection.getCurrentProcessor() instanceof AbstractProcessor processor && !connection.isClosed()) {
                    Request request = processor.getRequest();
                    long began = request.getStartTimeNanos();
                    if (began > 0 && stillReadingTheHead(request.getRequestProcessor().getStage()) && now - began > deadline) {
                        getLog().debug("closing a connection whose request head took over " + requestHeaderTimeoutMillis + " ms");
                        connection.close();
                    }
                }
            }
        } catch (RuntimeException unexpected) {
            getLog().warn("request header deadline: " + unexpected); // the next sweep tries again
        }
    }
}
