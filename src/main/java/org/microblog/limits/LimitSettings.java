package org.microblog.limits;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The abuse limits ({@code microblog.limits.*}, from the {@code RATE_LIMIT_*} variables and
 * {@code TRUSTED_PROXIES}); each limit is {@code count/period} or {@code off}. Defaults in the
 * spirit of Mastodon's (300 requests per 5 minutes), tighter where a request costs someone else
 * something (an account, an email).
 *
 * @param signIn failed sign-ins per account from one address ({@code RATE_LIMIT_SIGN_IN}, 5/5m)
 * @param signInAddress failed sign-ins from one address, any account ({@code RATE_LIMIT_SIGN_IN_ADDRESS}, 20/5m)
 * @param signInAccount failed sign-ins per account from all addresses; past it, an address that
 *     already failed for the account and never signed in to it waits ({@code RATE_LIMIT_SIGN_IN_ACCOUNT}, 50/5m)
 * @param registrations registrations (form and API) per address ({@code RATE_LIMIT_REGISTRATIONS}, 10/30m)
 * @param resetRequests password-reset requests per address ({@code RATE_LIMIT_RESET_REQUESTS}, 1/1m)
 * @param resetRequestsEmail password-reset requests per email address asked for ({@code RATE_LIMIT_RESET_REQUESTS_EMAIL}, 1/1m)
 * @param posts posts per member ({@code RATE_LIMIT_POSTS}, 30/5m)
 * @param postsAddress posts per address ({@code RATE_LIMIT_POSTS_ADDRESS}, 100/5m)
 * @param messages private messages per member ({@code RATE_LIMIT_MESSAGES}, 30/5m)
 * @param messagesAddress private messages per address ({@code RATE_LIMIT_MESSAGES_ADDRESS}, 100/5m)
 * @param follows follows and unfollows per member ({@code RATE_LIMIT_FOLLOWS}, 60/5m)
 * @param followsAddress follows and unfollows per address ({@code RATE_LIMIT_FOLLOWS_ADDRESS}, 200/5m)
 * @param tokens API tokens issued per member ({@code RATE_LIMIT_TOKENS}, 10/5m)
 * @param tokensAddress API token requests per address ({@code RATE_LIMIT_TOKENS_ADDRESS}, 60/5m)
 * @param translations post translations per member ({@code RATE_LIMIT_TRANSLATIONS}, 60/5m)
 * @param translationsAddress post translations per address ({@code RATE_LIMIT_TRANSLATIONS_ADDRESS}, 200/5m)
 * @param trustedProxies the proxies whose forwarded headers count ({@code TRUSTED_PROXIES}, loopback)
 */
@ConfigurationProperties("microblog.limits")
public record LimitSettings(RateLimit signIn, RateLimit signInAddress, RateLimit signInAccount,
        RateLimit registrations, RateLimit resetRequests, RateLimit resetRequestsEmail,
        RateLimit posts, RateLimit postsAddress, RateLimit messages, RateLimit messagesAddress,
        RateLimit follows, RateLimit followsAddress, RateLimit tokens, RateLimit tokensAddress,
        RateLimit translations, RateLimit translationsAddress, TrustedProxies trustedProxies) {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    public static final RateLimit SIGN_IN = RateLimit.of("sign-in", 5, FIVE_MINUTES);
    public static final RateLimit SIGN_IN_ADDRESS = RateLimit.of("sign-in-address", 20, FIVE_MINUTES);
    public static final RateLimit SIGN_IN_ACCOUNT = RateLimit.of("sign-in-account", 50, FIVE_MINUTES);
    public static final RateLimit REGISTRATIONS = RateLimit.of("registrations", 10, Duration.ofMinutes(30));
    public static final RateLimit RESET_REQUESTS = RateLimit.of("reset-requests", 1, Duration.ofMinutes(1));
    public static final RateLimit RESET_REQUESTS_EMAIL = RateLimit.of("reset-requests-email", 1, Duration.ofMinutes(1));
    public static final RateLimit POSTS = RateLimit.of("posts", 30, FIVE_MINUTES);
    public static final RateLimit POSTS_ADDRESS = RateLimit.of("posts-address", 100, FIVE_MINUTES);
    public static final RateLimit MESSAGES = RateLimit.of("messages", 30, FIVE_MINUTES);
    public static final RateLimit MESSAGES_ADDRESS = RateLimit.of("messages-address", 100, FIVE_MINUTES);
    public static final RateLimit FOLLOWS = RateLimit.of("follows", 60, FIVE_MINUTES);
    public static final RateLimit FOLLOWS_ADDRESS = RateLimit.of("follows-address", 200, FIVE_MINUTES);
    public static final RateLimit TOKENS = RateLimit.of("tokens", 10, FIVE_MINUTES);
    public static final RateLimit TOKENS_ADDRESS = RateLimit.of("tokens-address", 60, FIVE_MINUTES);
    public static final RateLimit TRANSLATIONS = RateLimit.of("translations", 60, FIVE_MINUTES);
    public static final RateLimit TRANSLATIONS_ADDRESS = RateLimit.of("translations-address", 200, FIVE_MINUTES);

    /** Every default. */
    public static LimitSettings defaults() {
        return new LimitSettings(SIGN_IN, SIGN_IN_ADDRESS, SIGN_IN_ACCOUNT, REGISTRATIONS, RESET_REQUESTS,
                RESET_REQUESTS_EMAIL, POSTS, POSTS_ADDRESS, MESSAGES, MESSAGES_ADDRESS, FOLLOWS, FOLLOWS_ADDRESS,
                TOKENS, TOKENS_ADDRESS, TRANSLATIONS, TRANSLATIONS_ADDRESS, TrustedProxies.LOOPBACK);
    }

    /** From the environment variables' text, as {@code application.properties} passes it (blank: the default). */
    @ConstructorBinding
    LimitSettings(@Nullable String signIn, @Nullable String signInAddress, @Nullable String signInAccount,
            @Nullable String registrations, @Nullable String resetRequests, @Nullable String resetRequestsEmail,
            @Nullable String posts, @Nullable String postsAddress, @Nullable String messages,
            @Nullable String messagesAddress, @Nullable String follows, @Nullable String followsAddress,
            @Nullable String tokens, @Nullable String tokensAddress, @Nullable String translations,
            @Nullable String translationsAddress, @Nullable String trustedProxies) {
        this(limit("RATE_LIMIT_SIGN_IN", signIn, SIGN_IN),
                limit("RATE_LIMIT_SIGN_IN_ADDRESS", signInAddress, SIGN_IN_ADDRESS),
                limit("RATE_LIMIT_SIGN_IN_ACCOUNT", signInAccount, SIGN_IN_ACCOUNT),
                limit("RATE_LIMIT_REGISTRATIONS", registrations, REGISTRATIONS),
                limit("RATE_LIMIT_RESET_REQUESTS", resetRequests, RESET_REQUESTS),
                limit("RATE_LIMIT_RESET_REQUESTS_EMAIL", resetRequestsEmail, RESET_REQUESTS_EMAIL),
                limit("RATE_LIMIT_POSTS", posts, POSTS),
                limit("RATE_LIMIT_POSTS_ADDRESS", postsAddress, POSTS_ADDRESS),
                limit("RATE_LIMIT_MESSAGES", messages, MESSAGES),
                limit("RATE_LIMIT_MESSAGES_ADDRESS", messagesAddress, MESSAGES_ADDRESS),
                limit("RATE_LIMIT_FOLLOWS", follows, FOLLOWS),
                limit("RATE_LIMIT_FOLLOWS_ADDRESS", followsAddress, FOLLOWS_ADDRESS),
                limit("RATE_LIMIT_TOKENS", tokens, TOKENS),
                limit("RATE_LIMIT_TOKENS_ADDRESS", tokensAddress, TOKENS_ADDRESS),
                limit("RATE_LIMIT_TRANSLATIONS", translations, TRANSLATIONS),
                limit("RATE_LIMIT_TRANSLATIONS_ADDRESS", translationsAddress, TRANSLATIONS_ADDRESS),
                TrustedProxies.parse("TRUSTED_PROXIES", trustedProxies));
    }

    private static RateLimit limit(String variable, @Nullable String text, RateLimit fallback) {
        return RateLimit.parse(variable, fallback.name(), text, fallback);
    }
}
