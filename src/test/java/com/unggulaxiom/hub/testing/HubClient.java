package com.unggulaxiom.hub.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Optional;

/** The hub's API as a browser page of the hub calls it (same origin), for black-box tests. */
public final class HubClient {

    /** The origin the local profile serves, which every test page pretends to be on. */
    public static final String ORIGIN = "http://localhost:8080";
    public static final String RP_ID = "localhost";

    private final URI base;

    public HubClient(URL base) {
        this.base = URI.create(base.toString());
    }

    public URI base() {
        return base;
    }

    /** POSTs {@code body} as JSON to {@code path}. */
    public HttpResponse<String> post(String path, String body) {
        return Http.send(Http.request(base, path)
                .header("Content-Type", "application/json")
                .header("Origin", ORIGIN)
                .POST(BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> post(String path, JsonValue body) {
        return post(path, body.toString());
    }

    public HttpResponse<String> get(String path) {
        return Http.get(base, path);
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
