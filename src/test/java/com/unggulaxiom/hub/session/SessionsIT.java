package com.unggulaxiom.hub.session;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static com.unggulaxiom.hub.testing.HubClient.problemSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.unggulaxiom.hub.testing.DatabaseProbe;
import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.HubDeployment;
import com.unggulaxiom.hub.testing.SetCookie;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Gesture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
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

/**
 * Sessions over HTTP against a real Payara Micro: the cookie as the browser gets it, MicroProfile JWT reading
 * it from a real browser's {@code Cookie} header, every kind of bad token refused, sign-out, passkey management
 * and the cross-site guard.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    /** Where the test server keeps its generated signing key (axiom.data-dir in arquillian.xml, both containers). */
    private static final Path SIGNING_KEY = Path.of("target/it-data", SigningKeys.GENERATED_KEY_FILE);

    @ArquillianResource
    URL base;

    private HubClient hub;
    private SoftwareAuthenticator authenticator;
    private String username;

    @Deployment(testable = false)
    static WebArchive hub() {
        return HubDeployment.war().addClass(DatabaseProbe.class);
    }

    @BeforeEach
    void signUp() {
        hub = new HubClient(base);
        authenticator = SoftwareAuthenticator.platform();
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject options = ok(hub.post("/api/webauthn/registration/options",
                Json.createObjectBuilder().add("username", username).add("displayName", "Test User").build()));
        assertEquals(201, hub.post("/api/webauthn/registration", authenticator.register(options, honest())).statusCode());
        assertNotNull(hub.session(), "registration signs in");
    }

    private static Gesture honest() {
        return Gesture.honest(HubClient.ORIGIN, HubClient.RP_ID);
    }

    private HttpResponse<String> signIn() {
        JsonObject options = ok(hub.post("/api/webauthn/authentication/options", "{}"));
        return hub.post("/api/webauthn/authentication", authenticator.authenticate(options, honest()));
    }

    private static void assertUnauthenticated(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("unauthenticated", problemSlug(response).orElseThrow());
        assertEquals("DENY", response.headers().firstValue("x-frame-options").orElse(null));
        assertTrue(response.headers().firstValue("content-security-policy").orElse("").contains("frame-ancestors 'none'"));
        assertFalse(response.headers().firstValue("server").isPresent());
    }

    @Test
    void signingInSetsAHostOnlyStrictHttpOnlySecureCookieHoldingAnEs256Token() throws Exception {
        HttpResponse<String> signedIn = signIn();
        assertEquals(200, signedIn.statusCode());
        SetCookie cookie = SetCookie.of(signedIn, HubClient.SESSION_COOKIE);
        assertTrue(cookie.has("HttpOnly"));
        assertTrue(cookie.has("Secure"));
        assertEquals("Strict", cookie.attribute("SameSite"));
        assertEquals("/", cookie.attribute("Path"));
        assertFalse(cookie.has("Domain"));
        assertEquals("900", cookie.attribute("Max-Age"), "the token's life: 15 minutes");

        SignedJWT token = SignedJWT.parse(cookie.value());
        assertEquals(JWSAlgorithm.ES256, token.getHeader().getAlgorithm());
        assertEquals(ok(hub.get("/.well-known/jwks.json")).getJsonArray("keys").getJsonObject(0).getString("kid"),
                token.getHeader().getKeyID());
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertEquals("http://localhost:8080", claims.getIssuer());
        assertEquals(List.of("localhost"), claims.getAudience());
        assertEquals(username, claims.getStringClaim("upn"));
        assertEquals(List.of("user"), claims.getStringListClaim("groups"));
        assertEquals(authenticator.credentialId(), claims.getStringClaim("pk"));
        assertEquals(43, claims.getSubject().length(), "the subject is the 32-byte user handle, not the name");
        assertNotNull(claims.getJWTID());
        assertEquals(900, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
    }

    @Test
    void theCookieAuthenticatesAsABrowserSendsIt() {
        // HubClient sends "Cookie: theme=dark; __Host-axiom-session=<jwt>; other=1", as a browser does.
        JsonObject session = ok(hub.get("/api/session"));
        assertEquals(username, session.getString("username"));
        assertEquals("Test User", session.getString("displayName"));
        assertTrue(Instant.parse(session.getString("expiresAt")).isAfter(Instant.now()));
    }

    @Test
    void everySignInIssuesANewToken() throws Exception {
        String first = hub.session();
        signIn();
        String second = hub.session();
        assertNotEquals(SignedJWT.parse(first).getJWTClaimsSet().getJWTID(), SignedJWT.parse(second).getJWTClaimsSet().getJWTID());
    }

    @Test
    void anAuthorizationHeaderIsNotACredential() {
        String token = hub.session();
        hub.session(null);
        HttpResponse<String> response = com.unggulaxiom.hub.testing.Http.send(com.unggulaxiom.hub.testing.Http
                .request(hub.base(), "/api/session").header("Authorization", "Bearer " + token).GET().build());
        assertUnauthenticated(response);
    }

    @Test
    void withoutASessionTheApiAnswers401() {
        hub.session(null);
        assertUnauthenticated(hub.get("/api/session"));
        assertUnauthenticated(hub.get("/api/passkeys"));
    }

    @Test
    void signingOutClearsTheCookieAndEndsTheTokenForGood() {
        String token = hub.session();
        HttpResponse<String> signedOut = hub.send("DELETE", "/api/session", null);
        assertEquals(204, signedOut.statusCode());
        SetCookie cleared = SetCookie.of(signedOut, HubClient.SESSION_COOKIE);
        assertEquals("", cleared.value());
        assertEquals("0", cleared.attribute("Max-Age"));
        assertEquals("/", cleared.attribute("Path"));
        assertTrue(cleared.has("Secure") && cleared.has("HttpOnly"));
        assertEquals("\"cookies\"", signedOut.headers().firstValue("clear-site-data").orElse(null));

        hub.session(token);
        assertUnauthenticated(hub.get("/api/session"));
        // Signing out again, signed out already, answers the same.
        assertEquals(204, hub.send("DELETE", "/api/session", null).statusCode());
    }

    // --- tokens that must be refused ---------------------------------------------------------------------

    private static ECKey hubKey() throws Exception {
        String pem = Files.readString(SIGNING_KEY, StandardCharsets.US_ASCII);
        ECPublicKey publicKey = Pem.publicKey(pem).orElseThrow();
        ECPrivateKey privateKey = Pem.privateKey(pem).orElseThrow();
        return new ECKey.Builder(Curve.P_256, publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
    }

    private String forged(ECKey key, String kid, UnaryOperator<JWTClaimsSet.Builder> bend) throws Exception {
        JWTClaimsSet valid = SignedJWT.parse(hub.session()).getJWTClaimsSet();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(kid).build(),
                bend.apply(new JWTClaimsSet.Builder(valid).jwtID(UUID.randomUUID().toString())).build());
        token.sign(new ECDSASigner(key));
        return token.serialize();
    }

    interface Forgery {
        String make(SessionsIT test) throws Exception;
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("signed correctly (control: accepted)", (Forgery) t -> t.forged(hubKey(), hubKey().getKeyID(), b -> b)),
                Arguments.of("expired", (Forgery) t -> t.forged(hubKey(), hubKey().getKeyID(),
                        b -> b.issueTime(Date.from(Instant.now().minusSeconds(3600))).expirationTime(Date.from(Instant.now().minusSeconds(1800))))),
                Arguments.of("wrong issuer", (Forgery) t -> t.forged(hubKey(), hubKey().getKeyID(), b -> b.issuer("https://evil.example"))),
                Arguments.of("wrong audience", (Forgery) t -> t.forged(hubKey(), hubKey().getKeyID(), b -> b.audience("evil.example"))),
                Arguments.of("unknown kid", (Forgery) t -> t.forged(new ECKeyGenerator(Curve.P_256).generate(), "unknown-kid", b -> b)),
                Arguments.of("another key under the hub's kid", (Forgery) t -> t.forged(new ECKeyGenerator(Curve.P_256).generate(), hubKey().getKeyID(), b -> b)),
                Arguments.of("tampered payload", (Forgery) t -> {
                    String[] parts = t.hub.session().split("\\.");
                    JWTClaimsSet other = new JWTClaimsSet.Builder(SignedJWT.parse(t.hub.session()).getJWTClaimsSet()).claim("upn", "admin").build();
                    return parts[0] + "." + Base64URL.encode(other.toString()) + "." + parts[2];
                }),
                Arguments.of("alg none", (Forgery) t -> {
                    String payload = t.hub.session().split("\\.")[1];
                    return Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
                }),
                Arguments.of("HS256 keyed with the public key", (Forgery) t -> {
                    JWTClaimsSet claims = SignedJWT.parse(t.hub.session()).getJWTClaimsSet();
                    SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).keyID(hubKey().getKeyID()).build(), claims);
                    token.sign(new MACSigner(t.hub.get("/.well-known/jwks.json").body().getBytes(StandardCharsets.UTF_8)));
                    return token.serialize();
                }),
                Arguments.of("garbage", (Forgery) t -> "not.a.jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenIsRefused(String what, Forgery forgery) throws Exception {
        String token = forgery.make(this);
        hub.session(token);
        HttpResponse<String> answer = hub.get("/api/session");
        if (what.startsWith("signed correctly")) {
            assertEquals(200, answer.statusCode(), answer.body());
        } else {
            assertUnauthenticated(answer);
        }
    }

    // --- keys ----------------------------------------------------------------------------------------------

    @Test
    void theJwksPublishesTheVerificationKeyAndNoPrivatePart() throws Exception {
        HttpResponse<String> answer = hub.get("/.well-known/jwks.json");
        assertEquals(200, answer.statusCode());
        assertEquals("public, max-age=300", answer.headers().firstValue("cache-control").orElse(null));
        assertEquals("DENY", answer.headers().firstValue("x-frame-options").orElse(null));
        JWKSet keys = JWKSet.parse(answer.body());
        assertEquals(1, keys.getKeys().size());
        ECKey key = keys.getKeys().getFirst().toECKey();
        assertFalse(key.isPrivate());
        assertEquals(Curve.P_256, key.getCurve());
        assertEquals(hubKey().getX(), key.getX());
        assertEquals(hubKey().getY(), key.getY());
        assertEquals(hubKey().getKeyID(), key.getKeyID(), "the key id is the key's RFC 7638 thumbprint");
    }

    // --- passkeys ------------------------------------------------------------------------------------------

    @Test
    void passkeysCanBeListedRenamedAddedAndDeletedButNotTheLastOne() {
        assertEquals(1, passkeys().size());
        String first = authenticator.credentialId();

        HttpResponse<String> renamed = hub.send("PATCH", "/api/passkeys/" + first, "{\"label\":\"  My phone \"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("My phone", Http.json(renamed).getString("label"));
        assertEquals("invalid-label", problemSlug(hub.send("PATCH", "/api/passkeys/" + first, "{\"label\":\"\"}")).orElseThrow());
        assertEquals("invalid-label", problemSlug(hub.send("PATCH", "/api/passkeys/" + first, "{\"label\":\"" + "x".repeat(65) + "\"}")).orElseThrow());

        HttpResponse<String> last = hub.send("DELETE", "/api/passkeys/" + first, null);
        assertEquals(409, last.statusCode());
        assertEquals("last-passkey", problemSlug(last).orElseThrow());

        // Signed in, {} asks to add a passkey to one's own account; its passkeys are excluded.
        JsonObject options = ok(hub.post("/api/webauthn/registration/options", "{}"));
        assertEquals(username, options.getJsonObject("user").getString("name"));
        assertEquals(first, options.getJsonArray("excludeCredentials").getJsonObject(0).getString("id"));
        SoftwareAuthenticator second = SoftwareAuthenticator.platform();
        HttpResponse<String> added = hub.post("/api/webauthn/registration", second.register(options, honest()));
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(username, Http.json(added).getJsonObject("account").getString("username"));
        assertEquals(2, passkeys().size());

        assertEquals(204, hub.send("DELETE", "/api/passkeys/" + first, null).statusCode());
        assertEquals(List.of(second.credentialId()), passkeys().getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList());
    }

    private jakarta.json.JsonArray passkeys() {
        HttpResponse<String> answer = hub.get("/api/passkeys");
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new java.io.StringReader(answer.body())).readArray();
    }

    @Test
    void deletingAPasskeyEndsTheSessionsSignedInWithIt() {
        String withFirst = hub.session();
        JsonObject options = ok(hub.post("/api/webauthn/registration/options", "{}"));
        SoftwareAuthenticator second = SoftwareAuthenticator.platform();
        assertEquals(201, hub.post("/api/webauthn/registration", second.register(options, honest())).statusCode());
        // Now signed in with the second passkey; delete the first.
        assertEquals(204, hub.send("DELETE", "/api/passkeys/" + authenticator.credentialId(), null).statusCode());
        assertEquals(200, hub.get("/api/session").statusCode(), "the session of the remaining passkey goes on");
        hub.session(withFirst);
        assertUnauthenticated(hub.get("/api/session"));
    }

    @Test
    void anotherAccountsPasskeyCannotBeSeenRenamedOrDeleted() {
        HubClient other = new HubClient(base);
        SoftwareAuthenticator theirs = SoftwareAuthenticator.platform();
        JsonObject options = ok(other.post("/api/webauthn/registration/options",
                Json.createObjectBuilder().add("username", "other-" + UUID.randomUUID().toString().substring(0, 8)).build()));
        assertEquals(201, other.post("/api/webauthn/registration", theirs.register(options, honest())).statusCode());

        assertFalse(passkeys().toString().contains(theirs.credentialId()));
        assertEquals(404, hub.send("PATCH", "/api/passkeys/" + theirs.credentialId(), "{\"label\":\"mine now\"}").statusCode());
        HttpResponse<String> deleted = hub.send("DELETE", "/api/passkeys/" + theirs.credentialId(), null);
        assertEquals(404, deleted.statusCode());
        assertEquals("passkey-not-found", problemSlug(deleted).orElseThrow());
        assertEquals(1, Json.createReader(new java.io.StringReader(other.get("/api/passkeys").body())).readArray().size());
    }

    // --- cross-site requests -------------------------------------------------------------------------------

    static Stream<Arguments> crossSite() {
        return Stream.of(
                Arguments.of("no Origin, no Sec-Fetch-Site", null, null, 403),
                Arguments.of("a foreign Origin", "https://evil.example", null, 403),
                Arguments.of("the string null as Origin", "null", null, 403),
                Arguments.of("a foreign Origin claiming same-origin", "https://evil.example", "same-origin", 403),
                Arguments.of("no Origin, Sec-Fetch-Site cross-site", null, "cross-site", 403),
                Arguments.of("no Origin, Sec-Fetch-Site same-origin", null, "same-origin", 204),
                Arguments.of("the hub's Origin", HubClient.ORIGIN, null, 204));
    }

    @ParameterizedTest(name = "sign-out with {0}")
    @MethodSource("crossSite")
    void aStateChangingRequestNeedsTheHubsOrigin(String what, String origin, String fetchSite, int status) {
        var request = com.unggulaxiom.hub.testing.Http.request(hub.base(), "/api/session")
                .header("Cookie", HubClient.SESSION_COOKIE + "=" + hub.session()).DELETE();
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        HttpResponse<String> answer = com.unggulaxiom.hub.testing.Http.send(request.build());
        assertEquals(status, answer.statusCode(), answer.body());
        if (status == 403) {
            assertEquals("cross-site-request", problemSlug(answer).orElseThrow());
            assertEquals(200, hub.get("/api/session").statusCode(), "the refused sign-out changed nothing");
        }
    }

    @Test
    void aFormCannotPostToTheApi() {
        var answer = com.unggulaxiom.hub.testing.Http.send(com.unggulaxiom.hub.testing.Http.request(hub.base(), "/api/webauthn/authentication/options")
                .header("Origin", HubClient.ORIGIN).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(415, answer.statusCode());
    }

    private static final class Http {
        static JsonObject json(HttpResponse<String> response) {
            return com.unggulaxiom.hub.testing.Http.json(response);
        }
    }
}
