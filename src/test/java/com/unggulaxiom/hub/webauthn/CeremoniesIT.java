package com.unggulaxiom.hub.webauthn;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static com.unggulaxiom.hub.testing.HubClient.problemSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.testing.DatabaseProbe;
import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.HubDeployment;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Format;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Gesture;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Registration and sign-in with passkeys, over HTTP, against a real Payara Micro and its database. */
@ExtendWith(ArquillianExtension.class)
class CeremoniesIT {

    @ArquillianResource
    URL base;

    private HubClient hub;

    @Deployment(testable = false)
    static WebArchive hub() {
        return HubDeployment.war().addClass(DatabaseProbe.class);
    }

    @BeforeEach
    void connect() {
        hub = new HubClient(base);
    }

    static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Gesture honest() {
        return Gesture.honest(HubClient.ORIGIN, HubClient.RP_ID);
    }

    /** Registers a new account for {@code username} with {@code authenticator}; answers the 201 body. */
    static JsonObject register(HubClient hub, SoftwareAuthenticator authenticator, String username) {
        JsonObject options = ok(hub.post("/api/webauthn/registration/options",
                Json.createObjectBuilder().add("username", username).add("displayName", "Test " + username).build()));
        HttpResponse<String> created = hub.post("/api/webauthn/registration", authenticator.register(options, honest()));
        assertEquals(201, created.statusCode(), created.body());
        return ok(created);
    }

    static JsonObject passkeyRow(HubClient hub, SoftwareAuthenticator authenticator) {
        return hub.rows().getJsonArray("passkeys").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("credentialId").equals(authenticator.credentialId()))
                .findFirst().orElseThrow(() -> new AssertionError("no passkey row for " + authenticator.credentialId()));
    }

    @Test
    void aNewAccountRegistersAPasskeyAndSignsInWithItByName() {
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
        String username = newUsername();

        JsonObject options = ok(hub.post("/api/webauthn/registration/options",
                Json.createObjectBuilder().add("username", username.toUpperCase()).add("displayName", "Alice Example").build()));
        assertEquals(HubClient.RP_ID, options.getJsonObject("rp").getString("id"));
        assertEquals(username, options.getJsonObject("user").getString("name"), "the username is normalised");
        assertEquals("Alice Example", options.getJsonObject("user").getString("displayName"));
        assertEquals(43, options.getJsonObject("user").getString("id").length(), "a 32-byte random user handle");
        assertEquals("required", options.getJsonObject("authenticatorSelection").getString("residentKey"));
        assertEquals("required", options.getJsonObject("authenticatorSelection").getString("userVerification"));
        assertEquals("none", options.getString("attestation"));
        assertEquals(3, options.getJsonArray("pubKeyCredParams").size());

        HttpResponse<String> created = hub.post("/api/webauthn/registration", authenticator.register(options, honest()));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject registered = ok(created);
        assertEquals(username, registered.getJsonObject("account").getString("username"));
        assertEquals(authenticator.credentialId(), registered.getJsonObject("passkey").getString("id"));
        assertEquals("Passkey", registered.getJsonObject("passkey").getString("label"));

        JsonObject row = passkeyRow(hub, authenticator);
        assertEquals(-7, row.getInt("algorithm"));
        assertEquals("none", row.getString("attestationFormat"));
        assertEquals("hybrid,internal", row.getString("transports"));
        assertEquals("null", row.getString("lastUsedAt"));

        JsonObject request = ok(hub.post("/api/webauthn/authentication/options", Json.createObjectBuilder().add("username", username).build()));
        assertEquals(authenticator.credentialId(), request.getJsonArray("allowCredentials").getJsonObject(0).getString("id"));
        JsonObject signedIn = ok(hub.post("/api/webauthn/authentication", authenticator.authenticate(request, honest())));
        assertEquals(username, signedIn.getJsonObject("account").getString("username"));

        JsonObject after = passkeyRow(hub, authenticator);
        assertEquals(1, after.getInt("signCount"));
        assertFalse(after.getString("lastUsedAt").equals("null"), "last use recorded");
    }

    static Stream<Arguments> authenticators() {
        return Stream.of(
                Arguments.of(COSEAlgorithmIdentifier.ES256, Format.NONE),
                Arguments.of(COSEAlgorithmIdentifier.ES256, Format.PACKED),
                Arguments.of(COSEAlgorithmIdentifier.EdDSA, Format.NONE),
                Arguments.of(COSEAlgorithmIdentifier.EdDSA, Format.PACKED),
                Arguments.of(COSEAlgorithmIdentifier.RS256, Format.PACKED));
    }

    @ParameterizedTest(name = "alg {0}, fmt {1}")
    @MethodSource("authenticators")
    void everyOfferedAlgorithmAndFormatRegistersAndSignsInWithoutAUsername(COSEAlgorithmIdentifier algorithm, Format format) {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator(algorithm, format);
        String username = newUsername();
        register(hub, authenticator, username);
        JsonObject row = passkeyRow(hub, authenticator);
        assertEquals(algorithm.getValue(), row.getInt("algorithm"));
        assertEquals(format.name().toLowerCase(), row.getString("attestationFormat"));

        // Discoverable (autofill) sign-in: no name, an empty allowCredentials, the account found by the user handle.
        JsonObject request = ok(hub.post("/api/webauthn/authentication/options", "{}"));
        assertEquals(0, request.getJsonArray("allowCredentials").size());
        JsonObject signedIn = ok(hub.post("/api/webauthn/authentication", authenticator.authenticate(request, honest())));
        assertEquals(username, signedIn.getJsonObject("account").getString("username"));
    }

    @Test
    void backupStateIsRefreshedOnEverySignIn() {
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
        register(hub, authenticator, newUsername());
        assertTrue(passkeyRow(hub, authenticator).getBoolean("backedUp"));

        JsonObject request = ok(hub.post("/api/webauthn/authentication/options", "{}"));
        ok(hub.post("/api/webauthn/authentication", authenticator.authenticate(request, honest().backedUp(false))));
        JsonObject row = passkeyRow(hub, authenticator);
        assertFalse(row.getBoolean("backedUp"));
        assertTrue(row.getBoolean("backupEligible"));
    }

    @Test
    void aTakenUsernameIsRefusedInAnyCase() {
        String username = newUsername();
        register(hub, SoftwareAuthenticator.platform(), username);
        HttpResponse<String> again = hub.post("/api/webauthn/registration/options",
                Json.createObjectBuilder().add("username", " " + username.toUpperCase() + " ").build());
        assertEquals(409, again.statusCode());
        assertEquals("username-taken", problemSlug(again).orElseThrow());
    }

    @Test
    void badNamesAreRefused() {
        for (String name : new String[] {"", "ab", "has space", "-leading", "x".repeat(65), "emoji😀"}) {
            HttpResponse<String> refused = hub.post("/api/webauthn/registration/options",
                    Json.createObjectBuilder().add("username", name).build());
            assertEquals(400, refused.statusCode(), name);
            assertEquals("invalid-username", problemSlug(refused).orElseThrow(), name);
        }
        HttpResponse<String> control = hub.post("/api/webauthn/registration/options",
                Json.createObjectBuilder().add("username", newUsername()).add("displayName", "bell\u0007").build());
        assertEquals("invalid-display-name", problemSlug(control).orElseThrow());
        HttpResponse<String> notAString = hub.post("/api/webauthn/registration/options", "{\"username\": 42}");
        assertEquals("malformed-request", problemSlug(notAString).orElseThrow());
    }

    @Test
    void signInOptionsLookTheSameWhetherTheNameExistsOrNot() {
        String existing = newUsername();
        register(hub, SoftwareAuthenticator.platform(), existing);
        JsonObject known = ok(hub.post("/api/webauthn/authentication/options", Json.createObjectBuilder().add("username", existing).build()));
        String unknownName = newUsername();
        JsonObject unknown = ok(hub.post("/api/webauthn/authentication/options", Json.createObjectBuilder().add("username", unknownName).build()));
        JsonObject unknownAgain = ok(hub.post("/api/webauthn/authentication/options", Json.createObjectBuilder().add("username", unknownName).build()));

        assertEquals(known.keySet(), unknown.keySet());
        assertEquals(known.getJsonArray("allowCredentials").size(), unknown.getJsonArray("allowCredentials").size());
        assertEquals(known.getJsonArray("allowCredentials").getJsonObject(0).keySet(),
                unknown.getJsonArray("allowCredentials").getJsonObject(0).keySet());
        assertEquals(known.getJsonArray("allowCredentials").getJsonObject(0).getString("id").length(),
                unknown.getJsonArray("allowCredentials").getJsonObject(0).getString("id").length());
        assertEquals(unknown.getJsonArray("allowCredentials"), unknownAgain.getJsonArray("allowCredentials"),
                "an unknown name gets the same stand-in passkey every time");
    }

    @Test
    void ceremonyOutcomesAreCountedInTheMetrics() {
        register(hub, SoftwareAuthenticator.platform(), newUsername());
        hub.post("/api/webauthn/authentication", SoftwareAuthenticator.platform()
                .authenticate(ok(hub.post("/api/webauthn/authentication/options", "{}")), honest().userHandle(new byte[32])));
        String metrics = hub.get("/metrics?scope=application").body();
        assertTrue(metrics.contains("ceremonies_total{ceremony=\"registration\",mp_scope=\"application\",outcome=\"success\"}")
                || metrics.matches("(?s).*ceremonies_total\\{[^}]*ceremony=\"registration\"[^}]*outcome=\"success\"[^}]*} [1-9].*"), metrics);
        assertTrue(metrics.matches("(?s).*ceremonies_total\\{[^}]*ceremony=\"authentication\"[^}]*outcome=\"credential-unknown\"[^}]*} [1-9].*"), metrics);
    }
}
