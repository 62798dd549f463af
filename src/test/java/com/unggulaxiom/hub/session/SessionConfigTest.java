package com.unggulaxiom.hub.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unggulaxiom.hub.web.InvalidConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionConfigTest {

    private static SessionConfig config(String cookieName, String lifetime) {
        SessionConfig config = new SessionConfig();
        config.cookieName = () -> cookieName;
        config.lifetime = () -> lifetime;
        return config;
    }

    @Test
    void theDefaultsAreAccepted() {
        assertEquals(new SessionConfig.Settings("__Host-axiom-session", Duration.ofMinutes(15)),
                config("__Host-axiom-session", "PT15M").check());
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
