package org.microblog.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microblog.config.InvalidSettingException;
import org.springframework.boot.convert.DurationStyle;

/**
 * At most {@code capacity} requests per {@code period} (the whole allowance comes back when the
 * period has passed), or no limit at all when {@code capacity} is 0. Written {@code 30/5m} in
 * the settings, {@code off} for none.
 *
 * @param name what is limited, part of each bucket's key ({@code posts}, {@code posts-address})
 */
public record RateLimit(String name, long capacity, Duration period) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\S+)");
    private static final Set<String> OFF = Set.of("off", "none", "unlimited");

    public RateLimit {
        if (capacity < 0 || period.isNegative() || (capacity > 0 && period.isZero())) {
            throw new IllegalArgumentException("a limit needs a positive capacity and period: " + capacity + "/" + period);
        }
    }

    public static RateLimit of(String name, long capacity, Duration period) {
        return new RateLimit(name, capacity, period);
    }

    public boolean off() {
        return capacity == 0;
    }

    /** The setting's text ({@code 30/5m}, {@code off}); blank is {@code fallback}. */
    static RateLimit parse(String variable, String name, @Nullable String text, RateLimit fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.strip();
        if (OFF.contains(value.toLowerCase(Locale.ROOT))) {
            return new RateLimit(name, 0, Duration.ZERO);
        }
        Matcher form = FORM.matcher(value);
        String accepted = "use a count and a period such as 30/5m (30 per 5 minutes), 10/1h, or off";
        if (!form.matches()) {
            throw new InvalidSettingException(variable, "'" + value + "' is not a limit; " + accepted);
        }
        Duration period;
        try {
            period = DurationStyle.detectAndParse(form.group(2));
        } catch (IllegalArgumentException notADuration) {
            throw new InvalidSettingException(variable, "'" + form.group(2) + "' is not a period; " + accepted);
        }
        long capacity = Long.parseLong(form.group(1));
        if (capacity == 0 || period.isNegative() || period.isZero()) {
            throw new InvalidSettingException(variable, "'" + value + "' allows nothing; " + accepted);
        }
        return new RateLimit(name, capacity, period);
    }

    @Override
    public String toString() {
        return off() ? name + ": off" : name + ": " + capacity + " per " + period;
    }
}
