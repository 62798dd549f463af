package com.unggulaxiom.hub.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's session: who is signed in until when, and signing out. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SessionResource {

    @Inject
    SessionCookie sessionCookie;

    @Inject
    RevokedSessions revokedSessions;

    @Context
    SecurityContext securityContext;

    /** {@code {"username", "displayName", "expiresAt"}}, from the verified token alone. */
    @GET
    @RolesAllowed(SessionTokens.USER)
    public JsonObject current() {
        JsonWebToken token = (JsonWebToken) securityContext.getUserPrincipal();
        String displayName = token.getClaim(SessionTokens.NAME_CLAIM);
        return Json.createObjectBuilder()
                .add("username", token.getName())
                .add("displayName", displayName != null ? displayName : token.getName())
                .add("expiresAt", Instant.ofEpochSecond(token.getExpirationTime()).toString())
                .build();
    }

    /**
     * Signs out: the token is refused from now on, on every instance, and the browser forgets the cookie and
     * the site's other cookies. Signed out already, the answer is the same.
     */
    @DELETE
    public Response end() {
        if (securityContext.getUserPrincipal() instanceof JsonWebToken token && token.getTokenID() != null) {
            revokedSessions.revokeToken(token.getTokenID());
        }
        return Response.noContent()
                .header("Set-Cookie", sessionCookie.clear())
                .header("Clear-Site-Data", "\"cookies\"")
                .build();
    }
}
