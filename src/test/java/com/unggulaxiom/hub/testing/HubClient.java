package com.unggulaxiom.hub.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Optional;

/** The hub's API as a browser page of the hub calls it (same origin), for black-box tests. */
public final class HubClient {

    /** The origin the local profile serves, which every test page pretends to be on. */
    public static final String ORIGIN = "http://localhost:8080";
    public static final String RP_ID = "localhost";

    private final URI base;
    private final String origin;

    public HubClient(URL base) {
        this(base, ORIGIN);
    }

    /** A client whose pages are on {@code origin} (sent as the {@code Origin} of every request). */
    public HubClient(URL base, String origin) {
        this.base = URI.create(base.toString());
        this.origin = origin;
    }

    public URI base() {
        return base;
    }

    /** The session cookie's name. */
    public static final String SESSION_COOKIE = "__Host-axiom-session";

    /** The session token the browser keeps, set by the last answer that set one; null when signed out. */
    private String session;

    /** POSTs {@code body} as JSON to {@code path}. */
    public HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    /** Sends {@code method} to {@code path} as a page of the hub would: same origin, JSON, the session cookie. */
    public HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = Http.request(base, path).header("Origin", origin);
        if (session != null) {
            request.header("Cookie", "theme=dark; " + SESSION_COOKIE + "=" + session + "; other=1");
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = Http.send(request.method(method,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build());
        response.headers().allValues("set-cookie").stream().map(SetCookie::parse)
                .filter(cookie -> cookie.name().equals(SESSION_COOKIE))
                .forEach(cookie -> session = "0".equals(cookie.attribute("Max-Age")) ? null : cookie.value());
        return response;
    }

    /** The session token held now, or null. */
    public String session() {
        return session;
    }

    /** Holds {@code token} as the session cookie (null: none). */
    public void session(String token) {
        session = token;
    }

    public HttpResponse<String> post(String path, JsonValue body) {
        return post(path, body.toString());
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    /** The body of a 200/201 answer as JSON; anything else fails the test with the answer. */
    public static JsonObject ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("expected success, got " + response.statusCode() + ": " + response.body());
        }
        return Http.json(response);
    }

    /** The problem {@code type} slug of an error answer. */
    public static Optional<String> problemSlug(HttpResponse<String> response) {
        if (!response.headers().firstValue("content-type").orElse("").startsWith("application/problem+json")) {
            return Optional.empty();
        }
        String type = Http.json(response).getString("type");
        return Optional.of(type.substring(type.lastIndexOf('/') + 1));
    }

    /** Every account and passkey row (via the test-only database probe). */
    public JsonObject rows() {
        return ok(get("/api/test-probes/database"));
    }
}
