package org.microblog.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;

/**
 * Turns the text of an environment variable into a value, or into an {@link InvalidSettingException}
 * naming the variable and the accepted forms. Unset and blank are the same: the default.
 */
final class SettingValues {

    private static final Set<String> OFF = Set.of("0", "false", "no", "off");

    private SettingValues() {
    }

    /** The stripped value, or null when unset or blank. */
    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int wholeNumber(String variable, @Nullable String value, int fallback, String accepted) {
        String text = optional(value);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidSettingException(variable, "'" + text + "' is not a whole number; " + accepted);
        }
    }

    /** {@code 1h}, {@code 30m}, {@code 90s} (Spring Boot's forms, also ISO-8601 {@code PT1H}). */
    static Duration duration(String variable, @Nullable String value, Duration fallback) {
        String text = optional(value);
        if (text == null) {
            return fallback;
        }
        try {
            return DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException notADuration) {
            throw new InvalidSettingException(variable, "'" + text + "' is not a duration; use a number with a unit, "
                    + "such as 1h, 30m or 90s");
        }
    }

    /** As the original (Flask reads {@code os.environ.get(...) is not None}): set means on, unless it says no. */
    static boolean flag(@Nullable String value) {
        String text = optional(value);
        return text != null && !OFF.contains(text.toLowerCase(Locale.ROOT));
    }

    static <E extends Enum<E>> E choice(String variable, @Nullable String value, Class<E> type, E fallback) {
        String text = optional(value);
        if (text == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        String accepted = String.join(" or ", java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        throw new InvalidSettingException(variable, "'" + text + "' is not one of the choices; use " + accepted);
    }
}
