package com.unggulaxiom.hub.web;

import jakarta.inject.Provider;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reading of configuration values for the per-feature configuration classes. Values are injected as
 * {@code Provider<String>} and converted here, at start-up, so that a value that cannot be converted is reported
 * as one {@link InvalidConfigurationException} naming its key rather than as a failed deployment (Payara's
 * MicroProfile Config also offers no {@code Provider} of a {@code Duration}).
 */
public final class ConfigValues {

    private ConfigValues() {
    }

    /** The value of {@code key}, or an {@link InvalidConfigurationException} when it cannot be read. */
    public static <T> T read(String key, Provider<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new InvalidConfigurationException(key, "cannot be read: " + e.getMessage());
        }
    }

    /** The comma-separated items of {@code key}, each stripped; blank items are dropped. */
    public static List<String> list(String key, Provider<String> value) {
        return Arrays.stream(read(key, value).split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** The text of {@code key}, refused when blank. */
    public static String text(String key, Provider<String> value) {
        String text = read(key, value).strip();
        if (text.isEmpty()) {
            throw new InvalidConfigurationException(key, "must not be empty");
        }
        return text;
    }

    /** The whole number of {@code key}, refused outside {@code [min, max]}. */
    public static int integer(String key, Provider<String> value, int min, int max) {
        String text = text(key, value);
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(key, "is '" + text + "', not a whole number");
        }
        if (number < min || number > max) {
            throw new InvalidConfigurationException(key, "is " + number + ", must lie between " + min + " and " + max);
        }
        return number;
    }

    /** The ISO-8601 duration of {@code key} (e.g. {@code PT15M}), refused outside {@code [min, max]}. */
    public static Duration duration(String key, Provider<String> value, Duration min, Duration max) {
        String text = text(key, value);
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(key, "is '" + text + "', not an ISO-8601 duration such as PT15M");
        }
        if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
            throw new InvalidConfigurationException(key, "is " + duration + ", must lie between " + min + " and " + max);
        }
        return duration;
    }
}
