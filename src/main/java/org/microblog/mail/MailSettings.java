package org.microblog.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microblog.config.InvalidSettingException;
import org.springframework.core.env.Environment;

/**
 * The original's mail variables. Read here rather than mapped to {@code spring.mail.*}, because
 * Spring Boot's own mail configuration would switch on for an empty {@code MAIL_SERVER}.
 */
record MailSettings(String server, int port, boolean startTls, @Nullable String username, @Nullable String password,
        String from) {

    static final String DEFAULT_FROM = "no-reply@localhost";
    private static final Set<String> OFF = Set.of("0", "false", "no", "off");

    /** The settings when {@code MAIL_SERVER} is set; empty when mail is disabled. */
    static Optional<MailSettings> from(Environment environment) {
        String server = value(environment, "MAIL_SERVER");
        // ADMINS is checked even without a server: other features may name the administrators.
        String from = sender(value(environment, "ADMINS"));
        if (server == null) {
            return Optional.empty();
        }
        return Optional.of(new MailSettings(server, port(value(environment, "MAIL_PORT")),
                useTls(value(environment, "MAIL_USE_TLS")), value(environment, "MAIL_USERNAME"),
                value(environment, "MAIL_PASSWORD"), from));
    }

    static int port(@Nullable String value) {
        if (value == null) {
            return 25;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidSettingException("MAIL_PORT", "'" + value + "' is not a port; use a number from 1 to 65535 "
                + "(25 when unset, 587 is usual with MAIL_USE_TLS)");
    }

    /** As the original, setting the variable turns STARTTLS on; an explicit 0/false/no/off leaves it off. */
    static boolean useTls(@Nullable String value) {
        return value != null && !OFF.contains(value.toLowerCase(Locale.ROOT));
    }

    /** The first address of the comma-separated {@code ADMINS}, or {@value #DEFAULT_FROM}. */
    static String sender(@Nullable String admins) {
        List<String> addresses = admins(admins);
        return addresses.isEmpty() ? DEFAULT_FROM : addresses.get(0);
    }

    /** The valid addresses of the comma-separated {@code ADMINS}; a malformed one stops startup. */
    static List<String> admins(@Nullable String admins) {
        if (admins == null) {
            return List.of();
        }
        List<String> addresses = Arrays.stream(admins.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        for (String address : addresses) {
            try {
                new InternetAddress(address, true).validate();
            } catch (AddressException e) {
                throw new InvalidSettingException("ADMINS", "'" + address + "' is not an email address; use "
                        + "addresses separated by commas, such as admin@example.com,ops@example.com");
            }
        }
        return addresses;
    }

    private static @Nullable String value(Environment environment, String variable) {
        String value = environment.getProperty(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "MailSettings[" + server + ":" + port + (startTls ? ", STARTTLS" : "") + ", from " + from + "]";
    }
}
