package com.unggulaxiom.hub.webauthn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * What the hub remembers between a ceremony's options and its finish, keyed by the challenge. It travels
 * through the data grid as JSON text, so that any instance can read what another wrote without sharing classes.
 *
 * @param kind        which ceremony the challenge was issued for
 * @param userHandle  registration: the (base64url) user handle given to the authenticator
 * @param username    registration of a new account: the normalised username asked for; sign-in for a named
 *                    user: that name (whether or not such an account exists); discoverable sign-in: null
 * @param displayName registration of a new account: the display name asked for
 * @param accountId   registration of another passkey: the account; otherwise null
 */
public record Ceremony(Kind kind, String userHandle, String username, String displayName, Long accountId) {

    public enum Kind { REGISTRATION, AUTHENTICATION }

    /** A registration that creates an account. */
    static Ceremony newAccount(String userHandle, String username, String displayName) {
        return new Ceremony(Kind.REGISTRATION, userHandle, username, displayName, null);
    }

    /** A registration that adds a passkey to an account. */
    static Ceremony newPasskey(String userHandle, long accountId) {
        return new Ceremony(Kind.REGISTRATION, userHandle, null, null, accountId);
    }

    /** A sign-in, for the named user or (null) for whoever's passkey answers. */
    static Ceremony signIn(String username) {
        return new Ceremony(Kind.AUTHENTICATION, null, username, null, null);
    }

    String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("kind", kind.name());
        if (userHandle != null) {
            json.add("userHandle", userHandle);
        }
        if (username != null) {
            json.add("username", username);
        }
        if (displayName != null) {
            json.add("displayName", displayName);
        }
        if (accountId != null) {
            json.add("accountId", accountId);
        }
        return json.build().toString();
    }

    static Ceremony fromJson(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            JsonValue account = json.get("accountId");
            return new Ceremony(Kind.valueOf(json.getString("kind")), json.getString("userHandle", null),
                    json.getString("username", null), json.getString("displayName", null),
                    account == null ? null : json.getJsonNumber("accountId").longValue());
        }
    }
}
