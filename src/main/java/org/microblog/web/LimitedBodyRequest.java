package org.microblog.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body (sent without a length, in chunks) fails once it passes the limit,
 * instead of being read into memory whole: reading throws {@link TooLargeException}, which
 * the error handling answers with 413 wherever it surfaces (also wrapped by a JSON reader).
 */
public class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final long limit;
    private @Nullable ServletInputStream body;

    public LimitedBodyRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new Limited(super.getInputStream(), limit);
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static final class Limited extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Limited(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > limit) {
                throw new TooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** The body outgrew the limit; found again in whatever wraps it ({@link #causedBy}). */
    public static final class TooLargeException extends IOException {

        TooLargeException(long limit) {
            super("request body larger than " + limit + " bytes", null);
        }

        public static boolean causedBy(@Nullable Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooLargeException) {
                    return true;
                }
            }
            return false;
        }
    }
}
