package com.unggulaxiom.hub.session;

import com.unggulaxiom.hub.web.ConfigValues;
import com.unggulaxiom.hub.web.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session settings, read and checked once at start-up (environment: {@code AXIOM_SESSION_...}). The
 * MicroProfile JWT verification of the hub itself ({@code mp.jwt.verify.*} in microprofile-config.properties)
 * refers to these keys, so that the hub verifies exactly what it issues.
 */
@ApplicationScoped
public class SessionConfig {

    static final String COOKIE_NAME = "axiom.session.cookie-name";
    static final String LIFETIME = "axiom.session.lifetime";
    static final String ISSUER = "axiom.session.issuer";
    static final String AUDIENCE = "axiom.session.audience";
    static final String SIGNING_KEY = "axiom.session.signing-key";
    static final String PREVIOUS_PUBLIC_KEY = "axiom.session.previous-public-key";
    static final String DATA_DIR = "axiom.data-dir";

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

    /**
     * {@value #ISSUER}: the {@code iss} of the hub's tokens, which every verifier checks (default
     * {@code https://hub.unggulaxiom.com}; {@code http://localhost:8080} for local runs).
     */
    @Inject
    @ConfigProperty(name = ISSUER)
    Provider<String> issuer;

    /**
     * {@value #AUDIENCE}: the {@code aud} of the hub's tokens: the hub and the site's services that trust its
     * cookie (default {@code hub.unggulaxiom.com}; {@code localhost} for local runs).
     */
    @Inject
    @ConfigProperty(name = AUDIENCE)
    Provider<String> audience;

    /**
     * {@value #SIGNING_KEY}: the ES256 (P-256) signing key: a PEM file's path, or the PEM text itself, holding a
     * {@code PRIVATE KEY} (PKCS#8) and its {@code PUBLIC KEY}. Unset: the hub generates one at first start and
     * keeps it in the data directory, which suits one instance only; several instances must share a key.
     */
    @Inject
    @ConfigProperty(name = SIGNING_KEY)
    Provider<Optional<String>> signingKey;

    /**
     * {@value #PREVIOUS_PUBLIC_KEY}: after a key rotation, the previous key's {@code PUBLIC KEY} (path or PEM
     * text); tokens it signed keep verifying until they expire. Unset by default.
     */
    @Inject
    @ConfigProperty(name = PREVIOUS_PUBLIC_KEY)
    Provider<Optional<String>> previousPublicKey;

    /**
     * {@value #DATA_DIR}: the hub's own writable directory: a generated signing key, and the verification keys
     * file MicroProfile JWT reads (default {@code ./data}).
     */
    @Inject
    @ConfigProperty(name = DATA_DIR)
    Provider<String> dataDir;

    /** The checked settings of the hub's session. */
    public record Settings(String cookieName, Duration lifetime, String issuer, String audience,
                           Optional<String> signingKey, Optional<String> previousPublicKey, Path dataDir) {
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
        String iss = ConfigValues.text(ISSUER, issuer);
        try {
            URI uri = new URI(iss);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(iss, "no scheme or host");
            }
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException(ISSUER, "is '" + iss + "', not an absolute URL");
        }
        Settings checked = new Settings(name,
                ConfigValues.duration(LIFETIME, lifetime, Duration.ofMinutes(1), Duration.ofHours(12)),
                iss, ConfigValues.text(AUDIENCE, audience),
                ConfigValues.read(SIGNING_KEY, signingKey).filter(value -> !value.isBlank()),
                ConfigValues.read(PREVIOUS_PUBLIC_KEY, previousPublicKey).filter(value -> !value.isBlank()),
                Path.of(ConfigValues.text(DATA_DIR, dataDir)));
        settings = checked;
        return checked;
    }
}
