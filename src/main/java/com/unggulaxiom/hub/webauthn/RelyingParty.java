package com.unggulaxiom.hub.webauthn;

import java.time.Duration;
import java.util.List;

/**
 * Who the hub is to an authenticator: the relying-party id and name, the origins its pages are served from,
 * what user verification it asks for, and how long and how many ceremony challenges live.
 *
 * @param userVerification  {@code required}, {@code preferred} or {@code discouraged} (WebAuthn's
 *                          UserVerificationRequirement); only {@code required} makes the hub refuse a passkey
 *                          use without the biometric or PIN gate
 * @param challengeCapacity the most challenges kept at once; beyond it the oldest are dropped
 */
public record RelyingParty(String id, String name, List<Origin> origins, String userVerification,
                           Duration challengeLifetime, int challengeCapacity) {

    public RelyingParty {
        origins = List.copyOf(origins);
    }

    /** Whether every ceremony must show that the user was verified (the UV flag). */
    public boolean requiresUserVerification() {
        return userVerification.equals("required");
    }

    /** Whether {@code origin} (as serialised by a browser) is one of the hub's origins. */
    public boolean allows(String origin) {
        for (Origin allowed : origins) {
            if (allowed.toString().equals(origin)) {
                return true;
            }
        }
        return false;
    }
}
