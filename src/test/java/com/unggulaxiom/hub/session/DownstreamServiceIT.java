package com.unggulaxiom.hub.session;

import static com.unggulaxiom.hub.testing.HubClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.unggulaxiom.hub.session.downstream.DownstreamApplication;
import com.unggulaxiom.hub.session.downstream.HubCookieHandler;
import com.unggulaxiom.hub.session.downstream.WhoAmIResource;
import com.unggulaxiom.hub.testing.Http;
import com.unggulaxiom.hub.testing.HubClient;
import com.unggulaxiom.hub.testing.PayaraMicroProcess;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator;
import com.unggulaxiom.hub.testing.SoftwareAuthenticator.Gesture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another MicroProfile service of the site trusts the hub's cookie: a second, tiny WAR on its own Payara Micro,
 * verifying with the hub's JWKS URL, accepts a hub-issued session, and refuses an ended or a foreign one.
 */
class DownstreamServiceIT {

    private static final int HUB_HTTP = Integer.getInteger("it.http.port", 18080) + 4;
    private static final int SERVICE_HTTP = Integer.getInteger("it.http.port", 18080) + 5;
    private static final int HUB_GRID = Integer.getInteger("it.cluster.port", 18900) + 40;
    private static final int SERVICE_GRID = Integer.getInteger("it.cluster.port", 18900) + 50;
    private static final String GRID = "127.0.0.1:" + HUB_GRID + ",127.0.0.1:" + SERVICE_GRID;

    /** The downstream service as its own WAR: an application, one resource, the cookie handler; MP-JWT configured. */
    static WebArchive service() throws Exception {
        return ShrinkWrap.create(WebArchive.class, "downstream.war")
                .addClasses(DownstreamApplication.class, WhoAmIResource.class, HubCookieHandler.class)
                .addAsLibrary(new File(SignedJWT.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
                .addAsWebInfResource(new StringAsset("<?xml version=\"1.0\"?><payara-web-app><context-root>/</context-root></payara-web-app>"),
                        "payara-web.xml")
                .addAsResource(new StringAsset(String.join("\n",
                        "mp.jwt.verify.publickey.location=http://localhost:" + HUB_HTTP + "/.well-known/jwks.json",
                        "mp.jwt.verify.issuer=http://localhost:8080",
                        "mp.jwt.verify.audiences=localhost")), "META-INF/microprofile-config.properties");
    }

    @Test
    void aHubSessionIsAcceptedByAnotherServiceUntilItEnds(@TempDir Path work) throws Exception {
        File war = work.resolve("downstream.war").toFile();
        service().as(ZipExporter.class).exportTo(war);
        Path database = work.resolve("data/axiom-hub");

        try (PayaraMicroProcess hub = PayaraMicroProcess.start(work, PayaraMicroProcess.HUB_WAR,
                HUB_HTTP, HUB_GRID, GRID, List.of(PayaraMicroProcess.LOCAL_PROFILE, "-Daxiom.db.url=jdbc:h2:file:" + database.toAbsolutePath(),
                        "-Daxiom.data-dir=" + database.toAbsolutePath().getParent()), List.of(), Map.of()).awaitReady(Duration.ofMinutes(3));
             PayaraMicroProcess service = PayaraMicroProcess.start(work, war.toPath(), SERVICE_HTTP, SERVICE_GRID, GRID, List.of(), List.of(), Map.of())
                     .awaitReady(Duration.ofMinutes(3), "/health/live")) {
            HubClient client = new HubClient(hub.base().toURL());
            SoftwareAuthenticator authenticator = SoftwareAuthenticator.platform();
            JsonObject options = ok(client.post("/api/webauthn/registration/options", Json.createObjectBuilder().add("username", "downstream-user").build()));
            assertEquals(201, client.post("/api/webauthn/registration", authenticator.register(options, Gesture.honest(HubClient.ORIGIN, HubClient.RP_ID))).statusCode());
            String session = client.session();

            assertEquals(200, whoAmI(service.base(), session).statusCode(), service.log());
            assertEquals("downstream-user", whoAmI(service.base(), session).body());
            assertEquals(401, whoAmI(service.base(), null).statusCode(), "no cookie");

            ECKey foreignKey = new ECKeyGenerator(Curve.P_256).keyID("foreign").generate();
            SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID("foreign").build(),
                    SignedJWT.parse(session).getJWTClaimsSet());
            foreign.sign(new ECDSASigner(foreignKey));
            assertEquals(401, whoAmI(service.base(), foreign.serialize()).statusCode(), "a token the hub did not sign");

            assertEquals(204, client.send("DELETE", "/api/session", null).statusCode());
            assertEquals(401, whoAmI(service.base(), session).statusCode(), "a session the hub ended");
        }
    }

    private static HttpResponse<String> whoAmI(URI service, String session) {
        var request = Http.request(service, "/api/whoami");
        if (session != null) {
            request.header("Cookie", "theme=dark; " + HubClient.SESSION_COOKIE + "=" + session);
        }
        return Http.send(request.GET().build());
    }
}
