package com.unggulaxiom.hub.session;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /.well-known/jwks.json}: the public keys that verify the hub's session tokens (current, and the
 * previous one after a rotation), for the site's other services. Caches may keep it five minutes: a new key is
 * published before a rotation, so verifiers have it before the first token it signs.
 */
@WebServlet(name = "jwks", urlPatterns = "/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    SigningKeys signingKeys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = signingKeys.publicKeys().toString(true).getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setContentType("application/jwk-set+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
