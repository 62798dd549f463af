package com.unggulaxiom.hub.web;

/** A configuration value the hub refuses to start with; the message names the key and what is wrong with it. */
public class InvalidConfigurationException extends RuntimeException {

    private final String key;

    public InvalidConfigurationException(String key, String reason) {
        super("configuration key " + key + " (environment " + environmentName(key) + ") " + reason);
        this.key = key;
    }

    /** The MicroProfile Config key at fault. */
    public String key() {
        return key;
    }

    /** The environment variable MicroProfile Config maps to {@code key}: non-alphanumerics to '_', upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
