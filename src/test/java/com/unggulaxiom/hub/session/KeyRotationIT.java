package com.unggulaxiom.hub.session;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.PayaraMicroProcess;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Gesture;
import com.unggulaxiom.hub.testing.TestSigningKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configured signing key is used as given (as PEM text or as a file), and after a rotation the previous
 * public key keeps the tokens it signed valid: both keys are published, the new one signs.
 */
class KeyRotationIT {

    private static final int HTTP_PORT = Integer.getInteger("it.http.port", 18080) + 3;
    private static final int CLUSTER_PORT = Integer.getInteger("it.cluster.port", 18900) + 30;

    @Test
    void tokensOfThePreviousKeyStayValidAfterARotation(@TempDir Path work) throws Exception {
        KeyPair first = TestSigningKeys.p256();
        KeyPair second = TestSigningKeys.p256();
        Path database = work.resolve("data/axiom-hub");
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
        String oldToken;

        try (PayaraMicroProcess hub = PayaraMicroProcess.start(work, HTTP_PORT, CLUSTER_PORT, database,
                Map.of("AXIOM_SESSION_SIGNING_KEY", TestSigningKeys.signingKeyPem(first))).awaitReady(Duration.ofMinutes(3))) {
            HubClient client = new HubClient(hub.base().toURL());
            JsonObject options = ok(client.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", "rotating-user").build()));
            assertEquals(201, client.post("/api/webauthn/registration", authenticator.register(options, honest())).statusCode());
            oldToken = client.session();
            assertEquals(TestSigningKeys.keyId(first), SignedJWT.parse(oldToken).getHeader().getKeyID(), "the configured key signs");
            assertEquals(List.of(TestSigningKeys.keyId(first)), kids(client));
        }

        Path secondKeyFile = Files.writeString(work.resolve("second.pem"), TestSigningKeys.signingKeyPem(second));
        try (PayaraMicroProcess hub = PayaraMicroProcess.start(work, HTTP_PORT, CLUSTER_PORT, database,
                Map.of("AXIOM_SESSION_SIGNING_KEY", secondKeyFile.toString(),
                        "AXIOM_SESSION_PREVIOUS_PUBLIC_KEY", TestSigningKeys.publicKeyPem(first)))
                .awaitReady(Duration.ofMinutes(3))) {
            HubClient client = new HubClient(hub.base().toURL());
            assertEquals(List.of(TestSigningKeys.keyId(second), TestSigningKeys.keyId(first)), kids(client), "the new key and the previous one are published");

            client.session(oldToken);
            assertEquals("rotating-user", ok(client.get("/api/session")).getString("username"), "the old token still verifies");

            JsonObject options = ok(client.post("/api/webauthn/authentication/options", "{}"));
            assertEquals(200, client.post("/api/webauthn/authentication", authenticator.authenticate(options, honest())).statusCode());
            assertEquals(TestSigningKeys.keyId(second), SignedJWT.parse(client.session()).getHeader().getKeyID(), "the new key signs");
        }
    }

    private static List<String> kids(HubClient client) throws Exception {
        return JWKSet.parse(client.get("/.well-known/jwks.json").body()).getKeys().stream().map(key -> key.getKeyID()).toList();
    }

    private static Gesture honest() {
        return Gesture.honest(HubClient.ORIGIN, HubClient.RP_ID);
    }
}
