package com.unggulaxiom.hub.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem answer: every refusal of the hub is one of these, as {@code application/problem+json}.
 *
 * @param type   stable identifier of the cause; clients switch on it, so it never changes once published
 * @param title  short human summary of the cause, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong with this request, safe to show to the caller (never a stack trace)
 */
public record Problem(String type, String title, int status, String detail) {

    /** Media type of every error body of the hub. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of every problem {@code type}: the slug after it names the cause. */
    public static final String TYPE_BASE = "https://hub.unggulaxiom.com/problems/";

    /** A problem whose type is {@link #TYPE_BASE} followed by {@code slug}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail);
    }

    /** The body, as JSON text; {@code detail} is left out when there is none. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        return json.build().toString();
    }

    /** Writes this problem as the whole answer of a servlet or filter, with the hub's security headers. */
    public void writeTo(HttpServletResponse response) throws IOException {
        byte[] body = toJson().getBytes(StandardCharsets.UTF_8);
        SecurityHeaders.applyTo(response);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A JAX-RS answer carrying this problem. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }
}
