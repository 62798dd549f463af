package com.unggulaxiom.hub.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unggulaxiom.hub.web.InvalidConfigurationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionConfigTest {

    private static SessionConfig config(String cookieName, String lifetime) {
        SessionConfig config = new SessionConfig();
        config.cookieName = () -> cookieName;
        config.lifetime = () -> lifetime;
        config.issuer = () -> "https://hub.unggulaxiom.com";
        config.audience = () -> "hub.unggulaxiom.com";
        config.signingKey = Optional::empty;
        config.previousPublicKey = Optional::empty;
        config.dataDir = () -> "./data";
        return config;
    }

    @Test
    void theDefaultsAreAccepted() {
        SessionConfig.Settings settings = config("__Host-axiom-session", "PT15M").check();
        assertEquals("__Host-axiom-session", settings.cookieName());
        assertEquals(Duration.ofMinutes(15), settings.lifetime());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "axiom-session          | PT15M | axiom.session.cookie-name",
            "__Secure-axiom-session | PT15M | axiom.session.cookie-name",
            "'__Host-axiom session' | PT15M | axiom.session.cookie-name",
            "__Host-axiom-session   | PT0S  | axiom.session.lifetime",
            "__Host-axiom-session   | P2D   | axiom.session.lifetime",
            "__Host-axiom-session   | 900   | axiom.session.lifetime"})
    void aBadValueIsRefusedNamingItsKey(String cookieName, String lifetime, String key) {
        assertEquals(key, assertThrows(InvalidConfigurationException.class, () -> config(cookieName, lifetime).check()).key());
    }
}
