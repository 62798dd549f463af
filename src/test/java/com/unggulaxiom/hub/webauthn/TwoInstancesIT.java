package com.unggulaxiom.hub.webauthn;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static com.unggulaxiom.hub.testing.HubClient.problemSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.PayaraMicroProcess;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Gesture;
import com.unggulaxiom.hub.testing.TestSigningKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.security.KeyPair;
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
 * Two hub instances on loopback, one PostgreSQL, one data grid: what one instance begins the other finishes,
 * a session of one is a session of the other, and sign-out and single use hold across them. Runs with the
 * PostgreSQL suite (AXIOM_TEST_POSTGRESQL_URL); skipped without it.
 */
class TwoInstancesIT {

    private static final int HTTP_A = Integer.getInteger("it.http.port", 18080) + 7;
    private static final int HTTP_B = Integer.getInteger("it.http.port", 18080) + 8;
    private static final int GRID_A = Integer.getInteger("it.cluster.port", 18900) + 70;
    private static final int GRID_B = Integer.getInteger("it.cluster.port", 18900) + 80;
    private static final String GRID = "127.0.0.1:" + GRID_A + ",127.0.0.1:" + GRID_B;

    @Test
    void twoInstancesShareCeremoniesSessionsAndSignOuts(@TempDir Path work) throws Exception {
        String url = System.getenv("AXIOM_TEST_POSTGRESQL_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "Two-instance test skipped: it needs the PostgreSQL suite's AXIOM_TEST_POSTGRESQL_URL, _USER and _PASSWORD");
        KeyPair key = TestSigningKeys.p256();
        Map<String, String> shared = Map.of(
                "AXIOM_DB_URL", url,
                "AXIOM_DB_USER", System.getenv("AXIOM_TEST_POSTGRESQL_USER"),
                "AXIOM_DB_PASSWORD", System.getenv("AXIOM_TEST_POSTGRESQL_PASSWORD"),
                "AXIOM_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "AXIOM_SESSION_SIGNING_KEY", TestSigningKeys.signingKeyPem(key));
        Path war = PayaraMicroProcess.HUB_WAR;

        try (PayaraMicroProcess a = PayaraMicroProcess.start(work.resolve("a"), war, HTTP_A, GRID_A, GRID,
                List.of(PayaraMicroProcess.LOCAL_PROFILE, "-Daxiom.data-dir=" + work.resolve("a/data")), List.of(), shared).awaitReady(Duration.ofMinutes(3));
             PayaraMicroProcess b = PayaraMicroProcess.start(work.resolve("b"), war, HTTP_B, GRID_B, GRID,
                List.of(PayaraMicroProcess.LOCAL_PROFILE, "-Daxiom.data-dir=" + work.resolve("b/data")), List.of(), shared).awaitReady(Duration.ofMinutes(3))) {
            HubClient onA = new HubClient(a.base().toURL());
            HubClient onB = new HubClient(b.base().toURL());
            Gesture honest = Gesture.honest(HubClient.ORIGIN, HubClient.RP_ID);
            String username = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
            SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();

            // (a) registration: options from A, finished on B (the grid joins in the background: retry briefly).
            JsonObject creation = ok(onA.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", username).build()));
            String registration = authenticator.register(creation, honest).toString();
            int status = 0;
            for (int attempt = 0; attempt < 40 && status != 201; attempt++) {
                status = onB.post("/api/webauthn/registration", registration).statusCode();
                if (status != 201) {
                    assertEquals(400, status, "only an unknown challenge, while the grid forms");
                    Thread.sleep(500);
                    creation = ok(onA.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", username).build()));
                    registration = authenticator.register(creation, honest).toString();
                }
            }
            assertEquals(201, status, "a registration begun on A finishes on B");

            // (d) the same challenge, replayed on the other instance, is refused.
            assertEquals("challenge-unknown", problemSlug(onA.post("/api/webauthn/registration", registration)).orElseThrow());

            // (a) sign-in: options from B, finished on A; (d) replayed on B.
            JsonObject request = ok(onB.post("/api/webauthn/authentication/options", "{}"));
            String assertion = authenticator.authenticate(request, honest).toString();
            assertEquals(200, onA.post("/api/webauthn/authentication", assertion).statusCode(), "a sign-in begun on B finishes on A");
            assertEquals("challenge-unknown", problemSlug(onB.post("/api/webauthn/authentication", assertion)).orElseThrow());

            // (b) a token issued by A is a session on B.
            onB.session(onA.session());
            assertEquals(username, ok(onB.get("/api/session")).getString("username"));

            // (c) signed out on A, refused on B at once.
            assertEquals(204, onA.send("DELETE", "/api/session", null).statusCode());
            assertEquals(401, onB.get("/api/session").statusCode());

            // (e) A dies (kill -9) while sign-ins run against both: B goes on serving, nothing is lost or doubled.
            signInsSurviveTheLossOfOneInstance(a, onA, onB, honest);
        }
    }

    /** Users for the load, each with one passkey, registered half through A and half through B. */
    private static Map<String, SoftwareAuthenticator> registerUsers(HubClient onA, HubClient onB, Gesture honest) {
        Map<String, SoftwareAuthenticator> users = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            HubClient via = i % 2 == 0 ? onA : onB;
            String username = "load-" + UUID.randomUUID().toString().substring(0, 8);
            SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
            JsonObject options = ok(via.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", username).build()));
            assertEquals(201, via.post("/api/webauthn/registration", authenticator.register(options, honest)).statusCode());
            users.put(username, authenticator);
        }
        return users;
    }

    private void signInsSurviveTheLossOfOneInstance(PayaraMicroProcess a, HubClient onA, HubClient onB, Gesture honest) throws Exception {
        Map<String, SoftwareAuthenticator> users = registerUsers(onA, onB, honest);
        java.util.concurrent.atomic.AtomicBoolean aAlive = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger servedAfterKill = new java.util.concurrent.atomic.AtomicInteger();
        Instant end = Instant.now().plusSeconds(10);
        java.util.concurrent.atomic.AtomicInteger lostWithA = new java.util.concurrent.atomic.AtomicInteger();
        List<String> failuresOnB = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService load = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> workers = new java.util.ArrayList<>();
        List<Map.Entry<String, SoftwareAuthenticator>> entries = List.copyOf(users.entrySet());
        for (int worker = 0; worker < 4; worker++) {
            // Each worker signs its own two users in for 10 s (a bounded load), options and finish on different instances.
            List<Map.Entry<String, SoftwareAuthenticator>> mine = entries.subList(worker * 2, worker * 2 + 2);
            workers.add(load.submit(() -> {
                for (int round = 0; Instant.now().isBefore(end); round++) {
                    Map.Entry<String, SoftwareAuthenticator> user = mine.get(round % 2);
                    boolean startOnA = round % 2 == 0 && aAlive.get();
                    HubClient first = startOnA ? onA : onB;
                    HubClient second = startOnA ? onB : (aAlive.get() ? onA : onB);
                    try {
                        JsonObject options = ok(first.post("/api/webauthn/authentication/options",
                                Json.createObjectBuilder().add("username", user.getKey()).build()));
                        synchronized (user.getValue()) {
                            int status = second.post("/api/webauthn/authentication", user.getValue().authenticate(options, honest)).statusCode();
                            if (status != 200) {
                                throw new AssertionError("sign-in answered " + status);
                            }
                        }
                        served.incrementAndGet();
                        if (!aAlive.get()) {
                            servedAfterKill.incrementAndGet();
                        }
                    } catch (RuntimeException | AssertionError e) {
                        if ((first == onA || second == onA) && !aAlive.get()) {
                            lostWithA.incrementAndGet();
                        } else {
                            failuresOnB.add(e.toString());
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(3000);
        aAlive.set(false);
        a.kill();
        for (java.util.concurrent.Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        load.shutdown();

        System.out.printf("Two instances, A killed after 3 s of a 10 s load: %d sign-ins served, %d after the kill, %d lost with A%n",
                served.get(), servedAfterKill.get(), lostWithA.get());
        assertEquals(List.of(), failuresOnB, "every sign-in that did not touch the killed instance succeeded");
        assertTrue(lostWithA.get() <= 4, "only the requests in flight on A failed: " + lostWithA.get());
        assertTrue(servedAfterKill.get() >= 20, "B went on serving after A died: " + servedAfterKill.get() + " of " + served.get());
        // Nothing lost or doubled: every user still has exactly one account and one passkey, and signs in on B.
        for (Map.Entry<String, SoftwareAuthenticator> user : users.entrySet()) {
            JsonObject options = ok(onB.post("/api/webauthn/authentication/options", Json.createObjectBuilder().add("username", user.getKey()).build()));
            assertEquals(1, options.getJsonArray("allowCredentials").size(), user.getKey());
            assertEquals(200, onB.post("/api/webauthn/authentication", user.getValue().authenticate(options, honest)).statusCode(), user.getKey());
        }
    }
}
