package com.unggulaxiom.hub.session.downstream;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.util.Set;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * What a downstream service of the site adds to trust the hub's cookie: hand Payara's MP-JWT mechanism the
 * cookie as a bearer token (payara/Payara#6305), and refuse sessions the hub ended, which it finds in the
 * hub's data grid (the service runs in the same Payara Micro cluster). Test tree only; the README shows it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class HubCookieHandler implements HttpAuthenticationMechanismHandler {

    @Inject
    @Any
    Instance<HttpAuthenticationMechanism> mechanisms;

    @Inject
    CacheManager cacheManager;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String token = cookie(request);
        if (token == null || isEnded(token)) {
            return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
        }
        HttpAuthenticationMechanism jwt = mechanisms.stream()
                .filter(mechanism -> mechanism.getClass().getName().contains("JWTAuthenticationMechanism"))
                .findFirst().orElseThrow();
        return jwt.validateRequest(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Authorization".equalsIgnoreCase(name) ? "Bearer " + token : super.getHeader(name);
            }
        }, response, context);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals("__Host-axiom-session")) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The hub's ended sessions: cache "axiom-hub-revoked-sessions", keys "jti:" + token id and "pk:" + passkey id. */
    private boolean isEnded(String token) {
        Cache<String, Boolean> ended = cacheManager.getCache("axiom-hub-revoked-sessions", String.class, Boolean.class);
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            return ended != null && !ended.getAll(Set.of("jti:" + claims.getJWTID(), "pk:" + claims.getStringClaim("pk"))).isEmpty();
        } catch (ParseException e) {
            return false;
        }
    }
}
