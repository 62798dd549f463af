package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.web.ConfigValues;
import com.unggulaxiom.hub.web.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relying-party settings, read and checked once at start-up. Each key can be overridden by the
 * environment variable of the same name in upper case with '_' for '.' and '-' ({@code AXIOM_RP_ID}, ...).
 */
@ApplicationScoped
public class RelyingPartyConfig {

    static final String RP_ID = "axiom.rp.id";
    static final String RP_NAME = "axiom.rp.name";
    static final String ORIGINS = "axiom.origins";
    static final String USER_VERIFICATION = "axiom.user-verification";
    static final String CHALLENGE_LIFETIME = "axiom.challenge.lifetime";
    static final String CHALLENGE_CAPACITY = "axiom.challenge.capacity";

    private static final Set<String> USER_VERIFICATION_VALUES = Set.of("required", "preferred", "discouraged");

    /** A DNS name of letters, digits and hyphens in labels of up to 63 characters; an IP address is no rp id. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");

    /**
     * {@value #RP_ID}: the WebAuthn relying-party id, a registrable suffix of the host of every origin
     * (default {@code hub.unggulaxiom.com}; {@code localhost} for local runs). Passkeys are bound to it: changing
     * it later orphans every passkey.
     */
    @Inject
    @ConfigProperty(name = RP_ID, defaultValue = "hub.unggulaxiom.com")
    Provider<String> id;

    /** {@value #RP_NAME}: the name authenticators show beside the passkey (default {@code Axiom Hub}). */
    @Inject
    @ConfigProperty(name = RP_NAME, defaultValue = "Axiom Hub")
    Provider<String> name;

    /**
     * {@value #ORIGINS}: comma-separated origins the hub's pages are served from; ceremonies and state-changing
     * requests from any other origin are refused (default {@code https://hub.unggulaxiom.com};
     * {@code http://localhost:8080} for local runs).
     */
    @Inject
    @ConfigProperty(name = ORIGINS, defaultValue = "https://hub.unggulaxiom.com")
    Provider<String> origins;

    /**
     * {@value #USER_VERIFICATION}: what the hub asks of authenticators: {@code required} (default: every sign-in
     * passes the device's biometric or PIN gate), {@code preferred} or {@code discouraged}.
     */
    @Inject
    @ConfigProperty(name = USER_VERIFICATION, defaultValue = "required")
    Provider<String> userVerification;

    /**
     * {@value #CHALLENGE_CAPACITY}: the most ceremony challenges the data grid keeps at once, 1,000 to 10,000,000
     * (default 200000: some 60 MB, a few minutes of thousands of sign-ins a second). A flood of option calls
     * beyond it drops the oldest challenges instead of exhausting memory.
     */
    @Inject
    @ConfigProperty(name = CHALLENGE_CAPACITY, defaultValue = "200000")
    Provider<String> challengeCapacity;

    /** {@value #CHALLENGE_LIFETIME}: how long a ceremony's challenge can be answered, 30 s to 15 min (default {@code PT5M}). */
    @Inject
    @ConfigProperty(name = CHALLENGE_LIFETIME, defaultValue = "PT5M")
    Provider<String> challengeLifetime;

    private volatile RelyingParty relyingParty;

    /** The checked settings; {@link #check()} has run at start-up. */
    public RelyingParty relyingParty() {
        RelyingParty checked = relyingParty;
        return checked != null ? checked : check();
    }

    /**
     * Reads and checks every key.
     *
     * @throws InvalidConfigurationException naming the first key that is wrong
     */
    public RelyingParty check() {
        String rpId = ConfigValues.text(RP_ID, id).toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(rpId).matches() || IPV4.matcher(rpId).matches()) {
            throw new InvalidConfigurationException(RP_ID, "is '" + rpId + "', which is not a domain name");
        }
        // Without the public-suffix list, refuse at least the one-label suffixes ("com") other than localhost.
        if (!rpId.contains(".") && !rpId.equals("localhost")) {
            throw new InvalidConfigurationException(RP_ID, "is '" + rpId + "', a top-level name; use the hub's own domain");
        }
        List<Origin> parsed = new ArrayList<>();
        for (String text : ConfigValues.list(ORIGINS, origins)) {
            Origin origin;
            try {
                origin = Origin.parse(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException(ORIGINS, e.getMessage());
            }
            // WebAuthn §5.1.3 / §5.1.4: the rp id must be a registrable domain suffix of, or equal to, the origin's host.
            if (!origin.host().equals(rpId) && !origin.host().endsWith("." + rpId)) {
                throw new InvalidConfigurationException(ORIGINS,
                        "has " + origin + ", whose host is not " + rpId + " (" + RP_ID + ") or a subdomain of it");
            }
            parsed.add(origin);
        }
        if (parsed.isEmpty()) {
            throw new InvalidConfigurationException(ORIGINS, "must list at least one origin");
        }
        String verification = ConfigValues.text(USER_VERIFICATION, userVerification);
        if (!USER_VERIFICATION_VALUES.contains(verification)) {
            throw new InvalidConfigurationException(USER_VERIFICATION, "is '" + verification + "'; it must be one of " + USER_VERIFICATION_VALUES);
        }
        RelyingParty checked = new RelyingParty(rpId, ConfigValues.text(RP_NAME, name), parsed, verification,
                ConfigValues.duration(CHALLENGE_LIFETIME, challengeLifetime, Duration.ofSeconds(30), Duration.ofMinutes(15)),
                ConfigValues.integer(CHALLENGE_CAPACITY, challengeCapacity, 1_000, 10_000_000));
        relyingParty = checked;
        return checked;
    }
}
