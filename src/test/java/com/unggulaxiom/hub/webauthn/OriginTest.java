package com.unggulaxiom.hub.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

    @ParameterizedTest
    @CsvSource({
            "https://hub.unggulaxiom.com, https://hub.unggulaxiom.com",
            "HTTPS://Hub.UnggulAxiom.com:443, https://hub.unggulaxiom.com",
            "https://hub.unggulaxiom.com:8443, https://hub.unggulaxiom.com:8443",
            "http://localhost:8080, http://localhost:8080",
            "http://localhost:80, http://localhost"})
    void anOriginIsReadAsBrowsersSerialiseIt(String text, String serialised) {
        assertEquals(serialised, Origin.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hub.unggulaxiom.com",
            "localhost:8080",
            "https://hub.unggulaxiom.com/",
            "https://hub.unggulaxiom.com/path",
            "https://hub.unggulaxiom.com?q=1",
            "https://hub.unggulaxiom.com#top",
            "https://user@hub.unggulaxiom.com",
            "http://hub.unggulaxiom.com",
            "ftp://hub.unggulaxiom.com",
            "https://",
            "https://exa mple.com"})
    void somethingThatIsNotASecureOriginIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Origin.parse(text));
    }
}
