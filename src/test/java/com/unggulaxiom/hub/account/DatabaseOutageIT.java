package com.unggulaxiom.hub.account;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static com.unggulaxiom.hub.testing.HubClient.problemSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.testing.Http;
import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.PayaraMicroProcess;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Gesture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stops under a running hub: sign-in answers 503 (fast, not 500, not a hang), readiness turns DOWN,
 * a registration in the outage leaves nothing behind, and once PostgreSQL is back the hub serves again without
 * a restart. Needs the PostgreSQL suite's database and AXIOM_TEST_POSTGRESQL_CLUSTER ("version name" of the
 * Debian cluster this test may stop and start); skipped without them.
 */
class DatabaseOutageIT {

    private static final int HTTP_PORT = Integer.getInteger("it.http.port", 18080) + 9;
    private static final int GRID_PORT = Integer.getInteger("it.cluster.port", 18900) + 90;

    private static void cluster(String action) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("pg_ctlcluster"));
        command.addAll(List.of(System.getenv("AXIOM_TEST_POSTGRESQL_CLUSTER").split(" ")));
        command.add(action);
        if (action.equals("stop")) {
            command.addAll(List.of("--", "-m", "fast"));
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pg_ctlcluster " + action);
    }

    private static long accountsNamed(String username) throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getenv("AXIOM_TEST_POSTGRESQL_URL"),
                System.getenv("AXIOM_TEST_POSTGRESQL_USER"), System.getenv("AXIOM_TEST_POSTGRESQL_PASSWORD"));
             var statement = connection.prepareStatement("SELECT count(*) FROM account WHERE username = ?")) {
            statement.setString(1, username);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void aDatabaseOutageIsA503AndTheHubRecoversOnItsOwn(@TempDir Path work) throws Exception {
        String url = System.getenv("AXIOM_TEST_POSTGRESQL_URL");
        Assumptions.assumeTrue(url != null && System.getenv("AXIOM_TEST_POSTGRESQL_CLUSTER") != null,
                "Database outage test skipped: it needs AXIOM_TEST_POSTGRESQL_URL (_USER, _PASSWORD) and AXIOM_TEST_POSTGRESQL_CLUSTER");
        Map<String, String> database = Map.of("AXIOM_DB_URL", url + "?connectTimeout=2&socketTimeout=10",
                "AXIOM_DB_USER", System.getenv("AXIOM_TEST_POSTGRESQL_USER"),
                "AXIOM_DB_PASSWORD", System.getenv("AXIOM_TEST_POSTGRESQL_PASSWORD"),
                "AXIOM_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        try (PayaraMicroProcess hub = PayaraMicroProcess.start(work, PayaraMicroProcess.HUB_WAR,
                HTTP_PORT, GRID_PORT, "127.0.0.1:" + GRID_PORT,
                List.of(PayaraMicroProcess.LOCAL_PROFILE, "-Daxiom.data-dir=" + work.resolve("data")), List.of(), database)
                .awaitReady(Duration.ofMinutes(3))) {
            HubClient client = new HubClient(hub.base().toURL());
            Gesture honest = Gesture.honest(HubClient.ORIGIN, HubClient.RP_ID);
            SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
            String username = "outage-" + UUID.randomUUID().toString().substring(0, 8);
            String stranded = "stranded-" + UUID.randomUUID().toString().substring(0, 8);
            JsonObject creation = ok(client.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", username).build()));
            assertEquals(201, client.post("/api/webauthn/registration", authenticator.register(creation, honest)).statusCode());
            // A registration begun before the outage, to be finished during it.
            JsonObject strandedOptions = ok(client.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", stranded).build()));

            cluster("stop");
            try {
                Instant start = Instant.now();
                HttpResponse<String> signIn = client.post("/api/webauthn/authentication/options",
                        Json.createObjectBuilder().add("username", username).build());
                assertEquals(503, signIn.statusCode(), signIn.body());
                assertEquals("unavailable", problemSlug(signIn).orElseThrow());
                Duration answered = Duration.between(start, Instant.now());
                // Measured: about 10 s, the persistence provider's reconnection attempts (see the README).
                assertTrue(answered.toSeconds() < 15, "answered in " + answered + ", not within 15 s");
                assertEquals(503, client.post("/api/webauthn/registration",
                        SoftwareAuthenticator.platform().register(strandedOptions, honest)).statusCode());
                assertEquals(503, Http.get(hub.base(), "/health/ready").statusCode(), "readiness DOWN");
            } finally {
                cluster("start");
            }

            // Back without a restart of the hub: readiness UP and sign-in again, within a short while.
            Instant deadline = Instant.now().plusSeconds(60);
            while (Http.get(hub.base(), "/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertEquals(200, Http.get(hub.base(), "/health/ready").statusCode(), "readiness UP again");
            JsonObject request = ok(client.post("/api/webauthn/authentication/options", Json.createObjectBuilder().add("username", username).build()));
            assertEquals(200, client.post("/api/webauthn/authentication", authenticator.authenticate(request, honest)).statusCode());
            assertEquals(0, accountsNamed(stranded), "nothing half written by the refused registration");
            assertEquals(1, accountsNamed(username));
        }
    }
}
