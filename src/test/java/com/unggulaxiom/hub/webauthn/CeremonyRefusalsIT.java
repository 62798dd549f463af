package com.unggulaxiom.hub.webauthn;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static com.unggulaxiom.hub.testing.HubClient.problemSlug;
import static com.unggulaxiom.hub.webauthn.CeremoniesIT.honest;
import static com.unggulaxiom.hub.webauthn.CeremoniesIT.newUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Each verification step of WebAuthn L3 §7.1 and §7.2 that can fail is refused with its status and problem type,
 * and the database is exactly as it was before the request.
 */
@ExtendWith(ArquillianExtension.class)
class CeremonyRefusalsIT {

    private static final String REGISTRATION = "/api/webauthn/registration";
    private static final String AUTHENTICATION = "/api/webauthn/authentication";

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

    /** Sends {@code body} to {@code path} and asserts the refusal and that no row changed. */
    private void assertRefused(String path, String body, int status, String slug) {
        JsonObject before = hub.rows();
        HttpResponse<String> refused = hub.post(path, body);
        assertEquals(status, refused.statusCode(), refused.body());
        assertEquals(slug, problemSlug(refused).orElseThrow(() -> new AssertionError("not a problem: " + refused.body())));
        assertEquals(before, hub.rows(), "a refused request changed the database");
    }

    private JsonObject registrationOptions() {
        return ok(hub.post(REGISTRATION + "/options", Json.createObjectBuilder().add("username", newUsername()).build()));
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("§7.1 step 7: type is not webauthn.create", (UnaryOperator<Gesture>) g -> g.type("webauthn.get"), "type-mismatch"),
                Arguments.of("§7.1 step 8: challenge never issued", (UnaryOperator<Gesture>) g -> g.challenge("bm90LWEtY2hhbGxlbmdl"), "challenge-unknown"),
                Arguments.of("§7.1 step 9: origin of another site", (UnaryOperator<Gesture>) g -> g.origin("https://evil.example"), "origin-mismatch"),
                Arguments.of("§7.1 step 9: origin of another port", (UnaryOperator<Gesture>) g -> g.origin("http://localhost:8081"), "origin-mismatch"),
                Arguments.of("§7.1 step 13: rpIdHash of another relying party", (UnaryOperator<Gesture>) g -> g.rpId("evil.example"), "rp-mismatch"),
                Arguments.of("§7.1 step 14: user not present", (UnaryOperator<Gesture>) Gesture::withoutUserPresence, "user-presence-required"),
                Arguments.of("§7.1 step 15: user not verified", (UnaryOperator<Gesture>) Gesture::withoutUserVerification, "user-verification-required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefused(String step, UnaryOperator<Gesture> bend, String slug) {
        JsonObject credential = SoftwareAuthenticator.platform().register(registrationOptions(), bend.apply(honest()));
        assertRefused(REGISTRATION, credential.toString(), 400, slug);
    }

    @Test
    void anAlgorithmThatWasNotOfferedIsRefused() {
        // §7.1 step 17: ES384 is not among pubKeyCredParams.
        SoftwareAuthenticator es384 = new SoftwareAuthenticator(COSEAlgorithmIdentifier.ES384, Format.NONE);
        assertRefused(REGISTRATION, es384.register(registrationOptions(), honest()).toString(), 400, "algorithm-not-allowed");
    }

    @Test
    void aPackedAttestationWithABadSignatureIsRefused() {
        // §7.1 step 21: the attestation statement's signature is checked.
        SoftwareAuthenticator packed = new SoftwareAuthenticator(COSEAlgorithmIdentifier.ES256, Format.PACKED);
        assertRefused(REGISTRATION, packed.register(registrationOptions(), honest().withBadSignature()).toString(), 400, "attestation-invalid");
    }

    @Test
    void aRegistrationCanBeFinishedOnlyOnce() {
        String credential = SoftwareAuthenticator.platform().register(registrationOptions(), honest()).toString();
        assertEquals(201, hub.post(REGISTRATION, credential).statusCode());
        assertRefused(REGISTRATION, credential, 400, "challenge-unknown");
    }

    @Test
    void aSignInChallengeCannotFinishARegistration() {
        JsonObject signInOptions = ok(hub.post(AUTHENTICATION + "/options", "{}"));
        JsonObject credential = SoftwareAuthenticator.platform().register(registrationOptions(),
                honest().challenge(signInOptions.getString("challenge")));
        assertRefused(REGISTRATION, credential.toString(), 400, "challenge-unknown");
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("not JSON", "{\"id\":"),
                Arguments.of("JSON, not a credential", "{\"hello\":\"world\"}"),
                Arguments.of("a JSON array", "[]"),
                Arguments.of("bad base64url", "{\"id\":\"!!\",\"rawId\":\"!!\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"%%%\",\"attestationObject\":\"%%%\"},\"clientExtensionResults\":{}}"),
                Arguments.of("clientDataJSON not JSON", "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"bm90IGpzb24\",\"attestationObject\":\"oA\",\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\"},\"clientExtensionResults\":{}}"));
    }

    @ParameterizedTest(name = "registration, {0}")
    @MethodSource("malformedBodies")
    void aMalformedRegistrationIsRefused(String what, String body) {
        assertRefused(REGISTRATION, body, 400, "malformed-request");
    }

    @ParameterizedTest(name = "authentication, {0}")
    @MethodSource("malformedBodies")
    void aMalformedAuthenticationIsRefused(String what, String body) {
        assertRefused(AUTHENTICATION, body, 400, "malformed-request");
    }

    @Test
    void garbageCborIsRefused() {
        JsonObject honestCredential = SoftwareAuthenticator.platform().register(registrationOptions(), honest());
        JsonObject garbage = Json.createObjectBuilder(honestCredential)
                .add("response", Json.createObjectBuilder(honestCredential.getJsonObject("response"))
                        .add("attestationObject", "v_8AAQIDBAUGBwgJCgsMDQ4P")).build();
        assertRefused(REGISTRATION, garbage.toString(), 400, "malformed-request");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeParsing() {
        String huge = "{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertRefused(REGISTRATION, huge, 413, "body-too-large");
        assertRefused(AUTHENTICATION + "/options", huge, 413, "body-too-large");
    }

    /** An account with one registered passkey, ready to sign in. */
    private SoftwareAuthenticator registered() {
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
        CeremoniesIT.register(hub, authenticator, newUsername());
        return authenticator;
    }

    private JsonObject signInOptions() {
        return ok(hub.post(AUTHENTICATION + "/options", "{}"));
    }

    static Stream<Arguments> badAssertions() {
        return Stream.of(
                Arguments.of("§7.2 step 11: type is not webauthn.get", (UnaryOperator<Gesture>) g -> g.type("webauthn.create"), "type-mismatch"),
                Arguments.of("§7.2 step 12: challenge never issued", (UnaryOperator<Gesture>) g -> g.challenge("bm90LWEtY2hhbGxlbmdl"), "challenge-unknown"),
                Arguments.of("§7.2 step 13: origin of another site", (UnaryOperator<Gesture>) g -> g.origin("https://evil.example"), "origin-mismatch"),
                Arguments.of("§7.2 step 15: rpIdHash of another relying party", (UnaryOperator<Gesture>) g -> g.rpId("evil.example"), "rp-mismatch"),
                Arguments.of("§7.2 step 16: user not present", (UnaryOperator<Gesture>) Gesture::withoutUserPresence, "user-presence-required"),
                Arguments.of("§7.2 step 17: user not verified", (UnaryOperator<Gesture>) Gesture::withoutUserVerification, "user-verification-required"),
                Arguments.of("§7.2 step 21: signature does not verify", (UnaryOperator<Gesture>) Gesture::withBadSignature, "signature-invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAssertions")
    void aBadAssertionIsRefused(String step, UnaryOperator<Gesture> bend, String slug) {
        SoftwareAuthenticator authenticator = registered();
        JsonObject assertion = authenticator.authenticate(signInOptions(), bend.apply(honest()));
        assertRefused(AUTHENTICATION, assertion.toString(), 400, slug);
    }

    @Test
    void anUnknownPasskeyIsRefused() {
        // §7.2 step 5: the credential id is not registered.
        JsonObject assertion = SoftwareAuthenticator.platform().authenticate(signInOptions(), honest().userHandle(new byte[32]));
        assertRefused(AUTHENTICATION, assertion.toString(), 400, "credential-unknown");
    }

    @Test
    void aUserHandleOfAnotherAccountIsRefused() {
        // §7.2 step 6: the user handle must be the passkey owner's.
        SoftwareAuthenticator mine = registered();
        SoftwareAuthenticator theirs = registered();
        JsonObject theirOptions = signInOptions();
        byte[] theirHandle = com.webauthn4j.util.Base64UrlUtil.decode(theirs.authenticate(theirOptions, honest())
                .getJsonObject("response").getString("userHandle"));
        JsonObject assertion = mine.authenticate(signInOptions(), honest().userHandle(theirHandle));
        assertRefused(AUTHENTICATION, assertion.toString(), 400, "user-handle-mismatch");
    }

    @Test
    void aPasskeyOfAnotherAccountIsRefusedForANamedSignIn() {
        SoftwareAuthenticator someone = registered();
        String other = newUsername();
        CeremoniesIT.register(hub, SoftwareAuthenticator.platform(), other);
        JsonObject options = ok(hub.post(AUTHENTICATION + "/options", Json.createObjectBuilder().add("username", other).build()));
        assertRefused(AUTHENTICATION, someone.authenticate(options, honest()).toString(), 400, "credential-not-allowed");
    }

    @Test
    void aCounterThatGoesBackwardsIsRefused() {
        // §7.2 step 22: a non-zero counter at or below the stored one means a possible clone.
        SoftwareAuthenticator authenticator = registered();
        authenticator.signCount(9);
        assertEquals(200, hub.post(AUTHENTICATION, authenticator.authenticate(signInOptions(), honest())).statusCode());
        authenticator.signCount(4);
        assertRefused(AUTHENTICATION, authenticator.authenticate(signInOptions(), honest()).toString(), 400, "counter-regression");
    }

    @Test
    void aSignInCanBeFinishedOnlyOnce() {
        SoftwareAuthenticator authenticator = registered();
        String assertion = authenticator.authenticate(signInOptions(), honest()).toString();
        assertEquals(200, hub.post(AUTHENTICATION, assertion).statusCode());
        assertRefused(AUTHENTICATION, assertion, 400, "challenge-unknown");
    }

    @Test
    void aRegistrationChallengeCannotFinishASignIn() {
        SoftwareAuthenticator authenticator = registered();
        JsonObject assertion = authenticator.authenticate(signInOptions(), honest().challenge(registrationOptions().getString("challenge")));
        assertRefused(AUTHENTICATION, assertion.toString(), 400, "challenge-unknown");
    }
}
