package com.unggulaxiom.hub.session;

import com.unggulaxiom.hub.web.ConfigValues;
import com.unggulaxiom.hub.web.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session settings, read and checked once at start-up (environment: {@code AXIOM_SESSION_...}). */
@ApplicationScoped
public class SessionConfig {

    static final String COOKIE_NAME = "axiom.session.cookie-name";
    static final String LIFETIME = "axiom.session.lifetime";

    /** A cookie name that keeps the {@code __Host-} guarantees (Secure, Path=/, no Domain) and is an RFC 6265 token. */
    private static final Pattern HOST_COOKIE = Pattern.compile("__Host-[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    /**
     * {@value #COOKIE_NAME}: name of the session cookie; it must keep the {@code __Host-} prefix, so that the
     * browser only accepts it from the hub itself over a secure connection (default {@code __Host-axiom-session}).
     */
    @Inject
    @ConfigProperty(name = COOKIE_NAME, defaultValue = "__Host-axiom-session")
    Provider<String> cookieName;

    /** {@value #LIFETIME}: how long a session token is valid, 1 min to 12 h (default {@code PT15M}). */
    @Inject
    @ConfigProperty(name = LIFETIME, defaultValue = "PT15M")
    Provider<String> lifetime;

    /** The checked settings of the hub's session. */
    public record Settings(String cookieName, Duration lifetime) {
    }

    private volatile Settings settings;

    /** The checked settings; {@link #check()} has run at start-up. */
    public Settings settings() {
        Settings checked = settings;
        return checked != null ? checked : check();
    }

    /**
     * Reads and checks every key.
     *
     * @throws InvalidConfigurationException naming the first key that is wrong
     */
    public Settings check() {
        String name = ConfigValues.text(COOKIE_NAME, cookieName);
        if (!HOST_COOKIE.matcher(name).matches()) {
            throw new InvalidConfigurationException(COOKIE_NAME, "is '" + name + "'; it must start with __Host- and be a cookie token");
        }
        Settings checked = new Settings(name,
                ConfigValues.duration(LIFETIME, lifetime, Duration.ofMinutes(1), Duration.ofHours(12)));
        settings = checked;
        return checked;
    }
}
