package org.microblog.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who the client is. A request whose socket comes from a {@link TrustedProxies trusted proxy}
 * is seen with the client's address from {@code X-Forwarded-For} (the nearest address in the
 * chain that is not itself a trusted proxy), the scheme from {@code X-Forwarded-Proto} and the
 * host from {@code X-Forwarded-Host}; from anywhere else those headers change nothing, so they
 * can neither escape a per-address limit nor put another host into a reset link. It replaces
 * Tomcat's {@code RemoteIpValve} ({@code server.forward-headers-strategy=none}), whose trusted
 * list is a regular expression that, by default, believes every private address.
 */
public class ForwardedHeadersFilter implements Filter {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    private final TrustedProxies proxies;

    public ForwardedHeadersFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && !wrapped(request) && proxies.trusts(http.getRemoteAddr())) {
            chain.doFilter(new Forwarded(http, proxies), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean wrapped(ServletRequest request) {
        return request instanceof Forwarded
                || request instanceof jakarta.servlet.ServletRequestWrapper wrapper && wrapper.isWrapperFor(Forwarded.class);
    }

    /** The request as the client made it, through trusted proxies. */
    static final class Forwarded extends HttpServletRequestWrapper {

        private final String remoteAddr;
        private final String scheme;
        private final String serverName;
        private final int serverPort;

        Forwarded(HttpServletRequest request, TrustedProxies proxies) {
            super(request);
            this.remoteAddr = client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
            String proto = last(request.getHeader("X-Forwarded-Proto"));
            this.scheme = proto != null && (proto.equalsIgnoreCase("http") || proto.equalsIgnoreCase("https"))
                    ? proto.toLowerCase(Locale.ROOT) : request.getScheme();
            boolean schemeChanged = !scheme.equals(request.getScheme());
            String host = last(request.getHeader("X-Forwarded-Host"));
            String name = request.getServerName();
            int port = schemeChanged ? defaultPort(scheme) : request.getServerPort();
            if (host != null) {
                int colon = host.lastIndexOf(':');
                boolean hasPort = colon > host.lastIndexOf(']');
                String hostName = hasPort ? host.substring(0, colon) : host;
                Integer hostPort = hasPort ? port(host.substring(colon + 1)) : Integer.valueOf(defaultPort(scheme));
                if (HOST.matcher(hostName).matches() && hostPort != null) {
                    name = hostName;
                    port = hostPort;
                }
            }
            Integer forwardedPort = port(last(request.getHeader("X-Forwarded-Port")));
            this.serverName = name;
            this.serverPort = forwardedPort != null && (host == null || host.lastIndexOf(':') <= host.lastIndexOf(']'))
                    ? forwardedPort : port;
        }

        private static String client(String socket, @Nullable String forwardedFor, TrustedProxies proxies) {
            if (forwardedFor == null || forwardedFor.isBlank()) {
                return socket;
            }
            String client = socket;
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0 && proxies.trusts(client); i--) {
                String hop = hops[i].strip();
                if (TrustedProxies.literal(hop) == null) {
                    break; // not an address: the last proxy that wrote a real one is as far as the chain goes
                }
                client = hop;
            }
            return client;
        }

        private static @Nullable String last(@Nullable String header) {
            if (header == null) {
                return null;
            }
            String[] values = header.split(",");
            String value = values.length == 0 ? "" : values[values.length - 1].strip();
            return value.isEmpty() ? null : value;
        }

        private static @Nullable Integer port(@Nullable String text) {
            if (text == null || text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : null;
        }

        private static int defaultPort(String scheme) {
            return scheme.equals("https") ? 443 : 80;
        }

        @Override
        public String getRemoteAddr() {
            return remoteAddr;
        }

        @Override
        public String getRemoteHost() {
            return remoteAddr;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return scheme.equals("https") || super.isSecure();
        }

        @Override
        public String getServerName() {
            return serverName;
        }

        @Override
        public int getServerPort() {
            return serverPort;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(serverName);
            if (serverPort != defaultPort(scheme)) {
                url.append(':').append(serverPort);
            }
            return url.append(getRequestURI());
        }
    }
}
