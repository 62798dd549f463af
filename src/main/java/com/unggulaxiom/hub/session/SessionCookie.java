package com.unggulaxiom.hub.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The session cookie: {@code __Host-axiom-session}, {@code HttpOnly; Secure; SameSite=Strict; Path=/}, no
 * {@code Domain}, living as long as its token. Written as a header line, because the attributes must be
 * exactly these.
 */
@ApplicationScoped
public class SessionCookie {

    @Inject
    SessionConfig sessionConfig;

    /** The {@code Set-Cookie} value that keeps a token just issued for as long as it lives. */
    public String set(String token) {
        SessionConfig.Settings settings = sessionConfig.settings();
        return settings.cookieName() + "=" + token + attributes(settings.lifetime().toSeconds());
    }

    /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
    public String clear() {
        return sessionConfig.settings().cookieName() + "=" + attributes(0);
    }

    /** The token in the request's session cookie, if it has one. */
    public Optional<String> read(HttpServletRequest request) {
        return read(request, sessionConfig.settings().cookieName());
    }

    static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static String attributes(long maxAge) {
        return "; Max-Age=" + maxAge + "; Path=/; Secure; HttpOnly; SameSite=Strict";
    }
}
