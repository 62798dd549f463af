package com.unggulaxiom.hub.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CeremonyTest {

    @Test
    void everyKindOfCeremonySurvivesTheTripThroughTheDataGrid() {
        for (Ceremony ceremony : new Ceremony[] {
                Ceremony.newAccount("aGFuZGxl", "alice", "Alice Example"),
                Ceremony.newPasskey("aGFuZGxl", 42L),
                Ceremony.signIn("alice"),
                Ceremony.signIn(null)}) {
            assertEquals(ceremony, Ceremony.fromJson(ceremony.toJson()));
        }
    }
}
