package org.microblog.notification;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.WebConnection;
import java.io.IOException;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * One open notification stream, as small as it can be: once the stream request has been
 * answered (status and headers written by the container, on the request's own thread), the
 * connection is handed over from HTTP processing ({@link HttpUpgradeHandler}), so the
 * container's request and response objects and their buffers go back to its pool, and what
 * stays per stream is the socket and this record. Writes are non-blocking: an event that
 * cannot be written at once waits in a short queue, and a client that falls further behind
 * is dropped. Public with a public constructor only because the container creates it.
 */
public final class LiveStream implements HttpUpgradeHandler, ReadListener, WriteListener {

    /** Events a stream may owe its client before it is dropped as too slow. */
    static final int MAX_PENDING = 32;

    private @Nullable NotificationStreams hub;
    long userId;
    @Nullable String sessionId;
    long openedNanos;
    long closeAtNanos;
    int slot;

    private @Nullable WebConnection connection;
    private @Nullable ServletOutputStream out;
    private @Nullable ServletInputStream in;
    private @Nullable ArrayDeque<byte[]> pending = new ArrayDeque<>(4);
    private boolean closed;
    /** Live events held back while the stream's replay is being read, so the replay goes first. */
    private @Nullable ArrayDeque<byte[]> heldBack;

    public LiveStream() {
    }

    void attach(NotificationStreams hub, long userId, @Nullable String sessionId, long openedNanos, long closeAtNanos,
            int slot) {
        this.hub = hub;
        this.userId = userId;
        this.sessionId = sessionId;
        this.openedNanos = openedNanos;
        this.closeAtNanos = closeAtNanos;
        this.slot = slot;
    }

    /** Called by the container once the answer's status and headers are written. */
    @Override
    public void init(WebConnection webConnection) {
        synchronized (this) {
            connection = webConnection;
            if (closed || hub == null) {
                closeQuietly(webConnection);
                return;
            }
            try {
                out = webConnection.getOutputStream();
                in = webConnection.getInputStream();
                // The container calls onWritePossible() next, which writes what is pending.
                out.setWriteListener(this);
                in.setReadListener(this);
            } catch (IOException | RuntimeException e) {
                close();
            }
        }
    }

    /** Writes the event now if the connection can take it, else queues it (any thread, never blocks). */
    synchronized void send(byte[] event) {
        if (closed) {
            return;
        }
        ArrayDeque<byte[]> queue = pending;
        if (out == null || (queue != null && !queue.isEmpty()) || !out.isReady()) {
            if (queue == null) {
                queue = pending = new ArrayDeque<>(4);
            }
            if (queue.size() >= MAX_PENDING) {
                close();
                return;
            }
            queue.add(event);
            return;
        }
        write(event);
    }

    /** A live event: sent, or held back until {@link #replayed()} while the replay is being read. */
    synchronized void sendLive(byte[] event) {
        if (heldBack != null) {
            heldBack.add(event);
            return;
        }
        send(event);
    }

    synchronized void holdLive() {
        heldBack = new ArrayDeque<>(2);
    }

    /** The replay is queued: the live events that arrived meanwhile follow it. */
    synchronized void replayed() {
        ArrayDeque<byte[]> held = heldBack;
        heldBack = null;
        if (held != null) {
            held.forEach(this::send);
        }
    }

    /** A heartbeat is only worth writing when nothing else is waiting. */
    synchronized void beat(byte[] heartbeat) {
        if (!closed && out != null && (pending == null || pending.isEmpty()) && out.isReady()) {
            write(heartbeat);
        }
    }

    synchronized boolean isOpen() {
        return !closed;
    }

    synchronized boolean isConnected() {
        return out != null;
    }

    @Override
    public synchronized void onWritePossible() {
        ArrayDeque<byte[]> queue = pending;
        while (!closed && out != null && queue != null && !queue.isEmpty() && out.isReady()) {
            write(queue.poll());
        }
        if (queue != null && queue.isEmpty()) {
            pending = null;
        }
    }

    private void write(byte[] event) {
        try {
            ServletOutputStream stream = out;
            stream.write(event);
            if (stream.isReady()) {
                stream.flush();
            }
        } catch (IOException | RuntimeException gone) {
            close();
        }
    }

    /** The client sends nothing on a stream; reading tells us when it has gone. */
    @Override
    public void onDataAvailable() {
        ServletInputStream input = in;
        if (input == null) {
            return;
        }
        byte[] discard = new byte[256];
        try {
            while (input.isReady()) {
                if (input.read(discard) < 0) {
                    close();
                    return;
                }
            }
        } catch (IOException | RuntimeException gone) {
            close();
        }
    }

    @Override
    public void onAllDataRead() {
        close();
    }

    @Override
    public void onError(Throwable error) {
        close();
    }

    @Override
    public void destroy() {
        close();
    }

    /** Ends the stream; the client's EventSource reconnects if its page is still open. */
    void close() {
        WebConnection toClose;
        NotificationStreams owner;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            pending = null;
            heldBack = null;
            toClose = connection;
            owner = hub;
        }
        if (owner != null) {
            owner.removed(this);
        }
        if (toClose != null) {
            closeQuietly(toClose);
        }
    }

    private static void closeQuietly(WebConnection webConnection) {
        try {
            webConnection.close();
        } catch (Exception alreadyGone) {
            // nothing left to release
        }
    }
}
