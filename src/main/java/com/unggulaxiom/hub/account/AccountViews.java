package com.unggulaxiom.hub.account;

import com.webauthn4j.util.Base64UrlUtil;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The JSON forms of accounts and passkeys that the API answers with. */
public final class AccountViews {

    private AccountViews() {
    }

    public static JsonObject account(Account account) {
        return Json.createObjectBuilder()
                .add("username", account.username())
                .add("displayName", account.displayName())
                .add("createdAt", account.createdAt().toString())
                .build();
    }

    /** A passkey; its {@code id} is the credential id (base64url), as the browser knows it. */
    public static JsonObject passkey(Passkey passkey) {
        JsonArrayBuilder transports = Json.createArrayBuilder();
        passkey.transports().forEach(transports::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", Base64UrlUtil.encodeToString(passkey.credentialId()))
                .add("label", passkey.label())
                .add("createdAt", passkey.createdAt().toString())
                .add("backupEligible", passkey.backupEligible())
                .add("backedUp", passkey.backedUp())
                .add("transports", transports)
                .add("aaguid", passkey.aaguid());
        if (passkey.lastUsedAt() != null) {
            json.add("lastUsedAt", passkey.lastUsedAt().toString());
        } else {
            json.addNull("lastUsedAt");
        }
        return json.build();
    }
}
