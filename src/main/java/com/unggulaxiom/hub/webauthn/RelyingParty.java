package com.unggulaxiom.hub.webauthn;

import java.time.Duration;
import java.util.List;

/**
 * Who the hub is to an authenticator: the relying-party id and name, the origins its pages are served from,
 * and how long a ceremony's challenge lives.
 */
public record RelyingParty(String id, String name, List<Origin> origins, Duration challengeLifetime) {

    public RelyingParty {
        origins = List.copyOf(origins);
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
