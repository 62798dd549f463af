package com.unggulaxiom.hub.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.web.InvalidConfigurationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelyingPartyConfigTest {

    private static RelyingPartyConfig config(String rpId, String origins, String lifetime) {
        RelyingPartyConfig config = new RelyingPartyConfig();
        config.id = () -> rpId;
        config.name = () -> "Axiom Hub";
        config.origins = () -> origins;
        config.userVerification = () -> "required";
        config.challengeLifetime = () -> lifetime;
        config.challengeCapacity = () -> "200000";
        return config;
    }

    @Test
    void theProductionDefaultsAreAccepted() {
        RelyingParty relyingParty = config("hub.unggulaxiom.com", "https://hub.unggulaxiom.com", "PT5M").check();
        assertEquals("hub.unggulaxiom.com", relyingParty.id());
        assertEquals(List.of(Origin.parse("https://hub.unggulaxiom.com")), relyingParty.origins());
        assertEquals(Duration.ofMinutes(5), relyingParty.challengeLifetime());
        assertTrue(relyingParty.allows("https://hub.unggulaxiom.com"));
    }

    @Test
    void anRpIdMayBeAParentDomainOfSeveralOrigins() {
        RelyingParty relyingParty = config("unggulaxiom.com", "https://hub.unggulaxiom.com, https://unggulaxiom.com", "PT1M").check();
        assertTrue(relyingParty.allows("https://unggulaxiom.com"));
        assertTrue(relyingParty.allows("https://hub.unggulaxiom.com"));
        assertEquals(false, relyingParty.allows("https://evil.example"));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "' '                 | https://hub.unggulaxiom.com      | PT5M  | axiom.rp.id",
            "hub.unggulaxiom.com/ | https://hub.unggulaxiom.com     | PT5M  | axiom.rp.id",
            "127.0.0.1           | https://hub.unggulaxiom.com      | PT5M  | axiom.rp.id",
            "com                 | https://hub.unggulaxiom.com      | PT5M  | axiom.rp.id",
            "hub.unggulaxiom.com | https://evil.example             | PT5M  | axiom.origins",
            "hub.unggulaxiom.com | https://nothub.unggulaxiom.com   | PT5M  | axiom.origins",
            "hub.unggulaxiom.com | https://evilhub.unggulaxiom.com  | PT5M  | axiom.origins",
            "hub.unggulaxiom.com | hub.unggulaxiom.com              | PT5M  | axiom.origins",
            "hub.unggulaxiom.com | ' , '                            | PT5M  | axiom.origins",
            "hub.unggulaxiom.com | https://hub.unggulaxiom.com      | 5m    | axiom.challenge.lifetime",
            "hub.unggulaxiom.com | https://hub.unggulaxiom.com      | PT1S  | axiom.challenge.lifetime",
            "hub.unggulaxiom.com | https://hub.unggulaxiom.com      | PT1H  | axiom.challenge.lifetime"})
    void aBadValueIsRefusedNamingItsKey(String rpId, String origins, String lifetime, String key) {
        InvalidConfigurationException refusal = assertThrows(InvalidConfigurationException.class,
                () -> config(rpId, origins, lifetime).check());
        assertEquals(key, refusal.key());
        assertTrue(refusal.getMessage().startsWith("configuration key " + key + " (environment "), refusal.getMessage());
    }
}
