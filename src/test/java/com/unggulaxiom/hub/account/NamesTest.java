package com.unggulaxiom.hub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
            "alice, alice",
            "'  Alice ', alice",
            "ＡＬＩＣＥ, alice",
            "alice.smith@example.com, alice.smith@example.com",
            "a_b-c+d, a_b-c+d"})
    void aUsernameIsNormalised(String given, String kept) {
        assertEquals(kept, Names.username(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "has space", "-dash", ".dot", "ümlaut", "tab\tname"})
    void aBadUsernameIsRefused(String given) {
        assertEquals(Refusal.INVALID_USERNAME, assertThrows(RefusedException.class, () -> Names.username(given)).refusal());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, alice",
            "'   ', alice",
            "' Alice Example ', Alice Example",
            "Zoë, Zoë"})
    void aDisplayNameIsTrimmedAndDefaultsToTheUsername(String given, String kept) {
        assertEquals(kept, Names.displayName(given, "alice"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bell\u0007", "right-to-left\u202Eoverride"})
    void aDisplayNameWithControlCharactersIsRefused(String given) {
        assertEquals(Refusal.INVALID_DISPLAY_NAME,
                assertThrows(RefusedException.class, () -> Names.displayName(given, "alice")).refusal());
    }

    @org.junit.jupiter.api.Test
    void aDisplayNameOfMoreThan64CharactersIsRefused() {
        assertThrows(RefusedException.class, () -> Names.displayName("x".repeat(65), "alice"));
    }
}
