package com.unggulaxiom.hub.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.testing.Http;
import com.unggulaxiom.hub.testing.HubDeployment;
import com.unggulaxiom.hub.web.probe.ProbeResource;
import com.unggulaxiom.hub.web.probe.ProtectedProbe;
import com.unggulaxiom.hub.web.probe.ServletFaultProbe;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of answer the hub gives, from static files to failed authentication, carries the full set of
 * security headers, no {@code Server} banner, and for errors a problem body without HTML or stack traces.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    /** DESIGN.md's headers, with the values a browser must see. */
    private static final Map<String, String> EXPECTED_HEADERS = Map.of(
            "x-frame-options", "DENY",
            "x-content-type-options", "nosniff",
            "referrer-policy", "no-referrer",
            "content-security-policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
            "strict-transport-security", "max-age=63072000; includeSubDomains",
            "cross-origin-opener-policy", "same-origin",
            "cross-origin-resource-policy", "same-origin",
            "permissions-policy", "publickey-credentials-get=(self), publickey-credentials-create=(self), "
                    + "camera=(), microphone=(), geolocation=(), payment=(), usb=()");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive hub() {
        return HubDeployment.war().addClasses(ProbeResource.class, ServletFaultProbe.class, ProtectedProbe.class);
    }

    /** An answer class: how to ask, what status comes back, and whether it is a static file. */
    record Case(String name, String method, String path, String contentType, String body, int status, String origin) {

        Case(String name, String method, String path, String contentType, String body, int status) {
            this(name, method, path, contentType, body, status, "http://localhost:8080");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                new Case("home page", "GET", "/", null, null, 200),
                new Case("home page, HEAD", "HEAD", "/", null, null, 200),
                new Case("style sheet", "GET", "/css/hub.css", null, null, 200),
                new Case("script", "GET", "/js/signin.js", null, null, 200),
                new Case("API answer", "GET", "/api/test-probes/ok", null, null, 200),
                new Case("readiness", "GET", "/health/ready", null, null, 200),
                new Case("liveness", "GET", "/health/live", null, null, 200),
                new Case("metrics", "GET", "/metrics", null, null, 200),
                new Case("OpenAPI document", "GET", "/openapi", null, null, 200),
                new Case("unknown page", "GET", "/no-such-page", null, null, 404),
                new Case("unknown API path", "GET", "/api/no-such-thing", null, null, 404),
                new Case("the error page by its own address", "GET", "/error-page", null, null, 404),
                new Case("a file under WEB-INF", "GET", "/WEB-INF/web.xml", null, null, 404),
                new Case("POST to a page", "POST", "/index.html", "application/json", "{}", 405),
                new Case("POST to readiness", "POST", "/health/ready", "application/json", "{}", 405),
                new Case("wrong method on the API", "DELETE", "/api/test-probes/ok", null, null, 405),
                new Case("TRACE", "TRACE", "/", null, null, 405),
                new Case("form post to the API", "POST", "/api/test-probes/echo", "application/x-www-form-urlencoded", "a=b", 415),
                new Case("malformed JSON", "POST", "/api/test-probes/echo", "application/json", "{\"a\":", 400),
                new Case("API fault", "GET", "/api/test-probes/fault", null, null, 500),
                new Case("servlet fault", "GET", "/test-probes/servlet-fault", null, null, 500),
                new Case("cross-site POST", "POST", "/api/webauthn/authentication/options", "application/json", "{}", 403, "https://evil.example"),
                new Case("failed authentication, servlet", "GET", "/test-probes/protected", null, null, 401),
                new Case("failed authentication, API", "GET", "/api/session", null, null, 401),
                new Case("bad session cookie on a page", "GET", "/api/passkeys", null, null, 401, null))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerCarriesTheSecurityHeaders(Case answer) throws Exception {
        HttpRequest.Builder request = Http.request(URI.create(base.toString()), answer.path())
                .header("Cookie", "__Host-axiom-session=" + (answer.origin() == null ? "eyJhbGciOiJFUzI1NiJ9.e30.AAAA" : ""));
        if (answer.origin() != null) {
            request.header("Origin", answer.origin());
        }
        if (answer.contentType() != null) {
            request.header("Content-Type", answer.contentType());
        }
        request.method(answer.method(), answer.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(answer.body()));
        HttpResponse<String> response = Http.send(request.build());

        assertEquals(answer.status(), response.statusCode(), answer + ": " + response.body());
        assertAll(EXPECTED_HEADERS.entrySet().stream().map(header -> () -> assertEquals(header.getValue(),
                response.headers().firstValue(header.getKey()).orElse(null), answer + ": " + header.getKey())));
        assertFalse(response.headers().firstValue("server").isPresent(), answer + ": Server banner");
        assertFalse(response.headers().firstValue("x-powered-by").isPresent(), answer + ": X-Powered-By");

        boolean staticFile = response.statusCode() == 200 && (answer.path().equals("/") || answer.path().contains("."));
        assertEquals(staticFile ? "no-cache" : "no-store", response.headers().firstValue("cache-control").orElse(null),
                answer + ": Cache-Control");

        String body = response.body();
        assertFalse(body.contains(ProbeResource.SECRET), answer + ": leaks an internal message");
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("\n\tat"), answer + ": stack trace");
        if (answer.status() >= 400) {
            assertFalse(body.toLowerCase(Locale.ROOT).contains("<html"), answer + ": HTML error page");
            assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("content-type").orElse(null), answer + ": media type");
            JsonObject problem = Http.json(response);
            assertEquals(answer.status(), problem.getInt("status"), answer + ": problem status");
            assertTrue(problem.getString("type").startsWith(Problem.TYPE_BASE), answer + ": problem type");
            assertFalse(problem.getString("title").isBlank(), answer + ": problem title");
        }
        if (answer.status() == 405 && !answer.path().startsWith("/api/")) {
            assertEquals("GET, HEAD", response.headers().firstValue("allow").orElse(null), answer + ": Allow");
        }
    }
}
