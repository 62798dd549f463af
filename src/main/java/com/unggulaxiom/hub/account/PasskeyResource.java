package com.unggulaxiom.hub.account;

import com.unggulaxiom.hub.session.SessionTokens;
import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The signed-in person's passkeys: list, rename, delete. Only one's own passkeys are visible or touched. */
@Path("passkeys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(SessionTokens.USER)
public class PasskeyResource {

    @Inject
    AccountStore accounts;

    @Inject
    SignedInAccount signedIn;

    @Context
    SecurityContext securityContext;

    @GET
    public JsonArray list() {
        JsonArrayBuilder passkeys = Json.createArrayBuilder();
        accounts.passkeysOf(signedIn.account(securityContext)).forEach(passkey -> passkeys.add(AccountViews.passkey(passkey)));
        return passkeys.build();
    }

    /** {@code {"label"}}: renames the passkey. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject rename(@PathParam("id") String id, JsonObject body) {
        if (body == null || !(body.get("label") instanceof JsonString label)) {
            throw new RefusedException(Refusal.INVALID_LABEL, "Send {\"label\": \"...\"}.");
        }
        return AccountViews.passkey(accounts.renamePasskey(signedIn.account(securityContext), credentialId(id), Names.label(label.getString())));
    }

    /** Deletes the passkey (never the last one); sessions signed in with it end. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        accounts.deletePasskey(signedIn.account(securityContext), credentialId(id));
        return Response.noContent().build();
    }

    private static byte[] credentialId(String id) {
        try {
            return Base64UrlUtil.decode(id);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(Refusal.PASSKEY_NOT_FOUND, "This account has no such passkey.");
        }
    }
}
