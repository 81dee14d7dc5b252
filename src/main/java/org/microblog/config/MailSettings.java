package org.microblog.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Outgoing email ({@code microblog.mail.*}), the original's variables. Bound here rather than
 * mapped to {@code spring.mail.*}, because Spring Boot's own mail configuration would switch on
 * for an empty {@code MAIL_SERVER}.
 *
 * @param server the SMTP server ({@code MAIL_SERVER}); null: mail is disabled and written to the log
 * @param port the SMTP port, 1–65535 ({@code MAIL_PORT}, default 25)
 * @param useTls whether to require STARTTLS ({@code MAIL_USE_TLS} set, and not to 0, false, no or off)
 * @param username SMTP sign-in ({@code MAIL_USERNAME}); null: none
 * @param password SMTP sign-in ({@code MAIL_PASSWORD}); null: none
 * @param admins the administrators' addresses ({@code ADMINS}, comma-separated), checked even
 *     without a server since the first is the sender and other features may name them
 */
public record MailSettings(@Nullable String server, int port, boolean useTls, @Nullable String username,
        @Nullable String password, List<String> admins) {

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_SENDER = "no-reply@localhost";
    private static final String PORTS = "use a number from 1 to 65535 (25 when unset, 587 is usual with MAIL_USE_TLS)";

    public MailSettings {
        if (port < 1 || port > 65535) {
            throw new InvalidSettingException("MAIL_PORT", "'" + port + "' is not a port; " + PORTS);
        }
        admins = List.copyOf(admins);
        for (String address : admins) {
            try {
                new InternetAddress(address, true).validate();
            } catch (AddressException e) {
                throw new InvalidSettingException("ADMINS", "'" + address + "' is not an email address; use "
                        + "addresses separated by commas, such as admin@example.com,ops@example.com");
            }
        }
    }

    /** From the environment variables' text, as {@code application.properties} passes it (blank: unset). */
    @ConstructorBinding
    MailSettings(@Nullable String server, @Nullable String port, @Nullable String useTls, @Nullable String username,
            @Nullable String password, @Nullable String admins) {
        this(SettingValues.optional(server), SettingValues.wholeNumber("MAIL_PORT", port, DEFAULT_PORT, PORTS),
                SettingValues.flag(useTls), SettingValues.optional(username), SettingValues.optional(password),
                admins == null ? List.of()
                        : Arrays.stream(admins.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList());
    }

    /** Whether email goes out over SMTP. */
    public boolean enabled() {
        return server != null;
    }

    /** The sender of every email: the first of {@code ADMINS}, or {@value #DEFAULT_SENDER}. */
    public String sender() {
        return admins.isEmpty() ? DEFAULT_SENDER : admins.get(0);
    }

    @Override
    public String toString() {
        return "MailSettings[" + (server == null ? "disabled" : server + ":" + port + (useTls ? ", STARTTLS" : ""))
                + (username == null ? "" : ", as " + username) + ", from " + sender() + "]";
    }
}
