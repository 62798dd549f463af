package com.unggulaxiom.hub.webauthn;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.PayaraMicroProcess;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import jakarta.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passkeys live in the file database: one registered before a restart of Payara Micro signs in after it. */
class RestartIT {

    private static final int HTTP_PORT = Integer.getInteger("it.http.port", 18080) + 2;
    private static final int CLUSTER_PORT = Integer.getInteger("it.cluster.port", 18900) + 20;
    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void aPasskeyRegisteredBeforeARestartSignsInAfterIt(@TempDir Path work) throws Exception {
        Path database = work.resolve("data/axiom-hub");
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
        String username = CeremoniesIT.newUsername();

        try (PayaraMicroProcess first = PayaraMicroProcess.start(work, HTTP_PORT, CLUSTER_PORT, database, Map.of()).awaitReady(START)) {
            CeremoniesIT.register(new HubClient(first.base().toURL()), authenticator, username);
        }

        try (PayaraMicroProcess second = PayaraMicroProcess.start(work, HTTP_PORT, CLUSTER_PORT, database, Map.of()).awaitReady(START)) {
            HubClient hub = new HubClient(second.base().toURL());
            var options = ok(hub.post("/api/webauthn/authentication/options", Json.createObjectBuilder().add("username", username).build()));
            var signedIn = ok(hub.post("/api/webauthn/authentication", authenticator.authenticate(options, CeremoniesIT.honest())));
            assertEquals(username, signedIn.getJsonObject("account").getString("username"));
        }
    }
}
