package com.unggulaxiom.hub.web;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static com.unggulaxiom.hub.testing.HubClient.problemSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.testing.Chromium;
import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.HubPages;
import com.unggulaxiom.hub.testing.PayaraMicroProcess;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Gesture;
import com.unggulaxiom.hub.testing.TestCertificates;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * The production relying party in a real browser: the hub with its default configuration (rp id
 * {@code hub.unggulaxiom.com}, origin {@code https://hub.unggulaxiom.com}) serving TLS on 127.0.0.1:443 with a
 * certificate of a throwaway authority the browser trusts, and Chromium resolving the hub's name (and
 * {@code evil.example}) to loopback. Sign-up and sign-in work; another site cannot use the hub's passkeys.
 */
class ProductionRelyingPartyIT {

    private static final String HUB = "https://hub.unggulaxiom.com";
    private static final String EVIL = "https://evil.example";
    private static final int HTTP_PORT = Integer.getInteger("it.http.port", 18080) + 6;
    private static final int GRID_PORT = Integer.getInteger("it.cluster.port", 18900) + 60;

    @Test
    void passkeysWorkOnTheHubsOwnOriginAndNowhereElse(@TempDir Path work) throws Exception {
        Chromium.requireInstalled();
        Chromium.require(TestCertificates.certutilInstalled(), "certutil", "libnss3-tools");
        TestCertificates tls = TestCertificates.make(work, "hub.unggulaxiom.com", "evil.example");
        Path data = work.resolve("data");

        try (PayaraMicroProcess hub = PayaraMicroProcess.start(work, PayaraMicroProcess.HUB_WAR,
                HTTP_PORT, GRID_PORT, "127.0.0.1:" + GRID_PORT,
                // No profile: the production defaults.
                List.of("-Daxiom.db.url=jdbc:h2:file:" + data.resolve("axiom-hub").toAbsolutePath(),
                        "-Daxiom.data-dir=" + data.toAbsolutePath(),
                        "-Djavax.net.ssl.keyStore=" + tls.serverKeystore().toAbsolutePath(),
                        "-Djavax.net.ssl.keyStorePassword=" + TestCertificates.PASSWORD),
                List.of("--sslport", "443", "--sslcert", TestCertificates.SERVER_ALIAS),
                Map.of()).awaitReady(Duration.ofMinutes(3))) {

            ChromeDriver browser = Chromium.start(work.resolve("browser"),
                    List.of("--host-resolver-rules=MAP hub.unggulaxiom.com 127.0.0.1, MAP evil.example 127.0.0.1"),
                    Map.of("HOME", tls.browserHome().toAbsolutePath().toString()));
            try {
                HubPages pages = new HubPages(browser, HUB);
                VirtualAuthenticator device = pages.platformAuthenticator();
                String username = pages.signUp();
                Chromium.screenshots(browser, "production-account");
                List<Credential> passkeys = pages.putAway(device);
                pages.signOut();
                pages.signInWithThePrompt(username, passkeys);
                assertTrue(pages.signedInUsername().contains(username));

                // A page of another site asking for the hub's passkeys: the browser refuses (the rp id is not
                // a suffix of the page's host), whatever the page does.
                browser.get(EVIL + "/");
                Object outcome = browser.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        navigator.credentials.get({ publicKey: { challenge: new Uint8Array(32), rpId: "hub.unggulaxiom.com",
                            userVerification: "required", timeout: 10000 } })
                          .then(() => done("signed in"), (error) => done(error.name));
                        """);
                assertEquals("SecurityError", outcome);
            } finally {
                browser.quit();
            }

            // And the hub refuses what a forged page or client would send it.
            HubClient forged = new HubClient(hub.base().toURL(), EVIL);
            HttpResponse<String> crossSite = forged.post("/api/webauthn/registration/options", "{\"username\":\"mallory\"}");
            assertEquals(403, crossSite.statusCode());
            HubClient client = new HubClient(hub.base().toURL(), HUB);
            JsonObject options = ok(client.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", "mallory").build()));
            HttpResponse<String> foreignOrigin = client.post("/api/webauthn/registration",
                    SoftwareAuthenticator.platform().register(options, Gesture.honest(EVIL, "hub.unggulaxiom.com")));
            assertEquals("origin-mismatch", problemSlug(foreignOrigin).orElseThrow());
        }
    }
}
