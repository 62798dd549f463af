package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.account.Account;
import com.unggulaxiom.hub.account.AccountViews;
import com.unggulaxiom.hub.account.Passkey;
import com.unggulaxiom.hub.account.SignedInAccount;
import com.unggulaxiom.hub.session.SessionCookie;
import com.unggulaxiom.hub.session.SessionTokens;
import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;

/** The four WebAuthn calls of the API: options and finish, for registration and for sign-in. */
@Path("webauthn")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CeremonyResource {

    @Inject
    RegistrationCeremony registration;

    @Inject
    AuthenticationCeremony authentication;

    @Inject
    CeremonyMetrics metrics;

    @Inject
    SignedInAccount signedIn;

    @Inject
    SessionTokens sessionTokens;

    @Inject
    SessionCookie sessionCookie;

    @Context
    SecurityContext securityContext;

    /**
     * {@code {"username", "displayName"}}: options to create the first passkey of a new account;
     * {@code {}} when signed in: options to add a passkey to one's account.
     */
    @POST
    @Path("registration/options")
    public JsonObject registrationOptions(JsonObject body) {
        String username = text(body, "username");
        if (username == null) {
            // No name: a passkey for one's own account, which needs a session.
            return registration.startForAccount(signedIn.account(securityContext));
        }
        return registration.startForNewAccount(username, text(body, "displayName"));
    }

    /** {@code RegistrationResponseJSON}: 201 with the account and the new passkey, signed in with it. */
    @POST
    @Path("registration")
    public Response register(String registrationResponseJson) {
        RegistrationCeremony.Registered registered = metrics.observe("registration", () -> registration.finish(registrationResponseJson));
        return signedInWith(registered.account(), registered.passkey(), Response.status(Response.Status.CREATED))
                .entity(Json.createObjectBuilder()
                        .add("account", AccountViews.account(registered.account()))
                        .add("passkey", AccountViews.passkey(registered.passkey()))
                        .build())
                .build();
    }

    /** {@code {}} for a discoverable (autofill) sign-in, {@code {"username"}} for a named one. */
    @POST
    @Path("authentication/options")
    public JsonObject authenticationOptions(JsonObject body) {
        return authentication.start(text(body, "username"));
    }

    /** {@code AuthenticationResponseJSON}: 200 with the account signed in to, and a fresh session cookie. */
    @POST
    @Path("authentication")
    public Response authenticate(String authenticationResponseJson) {
        AuthenticationCeremony.SignedIn session = metrics.observe("authentication", () -> authentication.finish(authenticationResponseJson));
        return signedInWith(session.account(), session.passkey(), Response.ok())
                .entity(Json.createObjectBuilder().add("account", AccountViews.account(session.account())).build())
                .build();
    }

    /** Adds the cookie of a new session of {@code account}, signed in with {@code passkey}. */
    private Response.ResponseBuilder signedInWith(Account account, Passkey passkey, Response.ResponseBuilder answer) {
        SessionTokens.Issued token = sessionTokens.issue(account, Base64UrlUtil.encodeToString(passkey.credentialId()));
        return answer.header("Set-Cookie", sessionCookie.set(token.token()));
    }

    /** The string member {@code name} of {@code body}, null when absent; any other JSON type is refused. */
    private static String text(JsonObject body, String name) {
        if (body == null) {
            throw new RefusedException(Refusal.MALFORMED_REQUEST, "A JSON object is required.");
        }
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new RefusedException(Refusal.MALFORMED_REQUEST, "'" + name + "' must be a string.");
    }
}
