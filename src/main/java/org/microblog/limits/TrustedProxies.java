package org.microblog.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microblog.config.InvalidSettingException;

/**
 * The addresses whose {@code X-Forwarded-*} headers are believed ({@code TRUSTED_PROXIES}: a
 * comma-separated list of addresses and CIDR ranges such as {@code 10.0.0.0/8} or
 * {@code fd00::/8}; {@code none} for no proxy). Loopback by default: a proxy on the same machine.
 */
public final class TrustedProxies {

    /** Only literal addresses: a host name here would mean a DNS lookup per request. */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static final TrustedProxies LOOPBACK = new TrustedProxies(List.of(range("127.0.0.0/8"), range("::1/128")),
            "127.0.0.0/8, ::1");
    static final TrustedProxies NONE = new TrustedProxies(List.of(), "none");

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;
    private final String text;

    private TrustedProxies(List<Range> ranges, String text) {
        this.ranges = List.copyOf(ranges);
        this.text = text;
    }

    /** Whether this socket address (as the servlet container reports it) is a trusted proxy. */
    public boolean trusts(@Nullable String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    static TrustedProxies parse(String variable, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return LOOPBACK;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("none")) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                ranges.add(range(entry));
            } catch (IllegalArgumentException bad) {
                throw new InvalidSettingException(variable, "'" + entry + "' is not an address or range; use addresses "
                        + "and CIDR ranges separated by commas, such as 10.0.0.5, 192.168.0.0/16, fd00::/8, or none");
            }
        }
        return new TrustedProxies(ranges, text);
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException(entry);
        }
        int bits = network.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(entry, notANumber);
            }
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException(entry);
            }
        }
        return new Range(network, bits);
    }

    /** The address's bytes (an IPv4-mapped IPv6 address as IPv4), or null if it is not a literal address. */
    static byte @Nullable [] literal(@Nullable String address) {
        if (address == null || address.isEmpty() || address.length() > 45) {
            return null;
        }
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        if (!LITERAL.matcher(bare).matches()) {
            return null;
        }
        if (bare.indexOf(':') < 0) {
            return ipv4(bare);
        }
        try {
            // With a colon, InetAddress parses an IPv6 literal (no name lookup).
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    private static byte @Nullable [] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3) {
                return null;
            }
            int octet = Integer.parseInt(parts[i]);
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    @Override
    public String toString() {
        return text;
    }
}
