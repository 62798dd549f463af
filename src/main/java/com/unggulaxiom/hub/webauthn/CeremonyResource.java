package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.account.AccountViews;
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
import jakarta.ws.rs.core.MediaType;
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

    /** {@code {"username", "displayName"}}: options to create the first passkey of a new account. */
    @POST
    @Path("registration/options")
    public JsonObject registrationOptions(JsonObject body) {
        return registration.startForNewAccount(text(body, "username"), text(body, "displayName"));
    }

    /** {@code RegistrationResponseJSON}: 201 with the new account and passkey. */
    @POST
    @Path("registration")
    public Response register(String registrationResponseJson) {
        RegistrationCeremony.Registered registered = metrics.observe("registration", () -> registration.finish(registrationResponseJson));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("account", AccountViews.account(registered.account()))
                .add("passkey", AccountViews.passkey(registered.passkey()))
                .build()).build();
    }

    /** {@code {}} for a discoverable (autofill) sign-in, {@code {"username"}} for a named one. */
    @POST
    @Path("authentication/options")
    public JsonObject authenticationOptions(JsonObject body) {
        return authentication.start(text(body, "username"));
    }

    /** {@code AuthenticationResponseJSON}: 200 with the account signed in to. */
    @POST
    @Path("authentication")
    public JsonObject authenticate(String authenticationResponseJson) {
        var account = metrics.observe("authentication", () -> authentication.finish(authenticationResponseJson));
        return Json.createObjectBuilder().add("account", AccountViews.account(account)).build();
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
