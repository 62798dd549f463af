package com.unggulaxiom.hub.session;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.unggulaxiom.hub.web.SecurityHeaders;
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
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;

/**
 * Authenticates requests by the session cookie with the container's own MicroProfile JWT mechanism.
 *
 * <p>Payara's MP-JWT mechanism reads a cookie only in the obsolete {@code $Version=1} form (payara/Payara#6305),
 * so this handler gives it the request with the cookie's token as {@code Authorization: Bearer}, and ignores
 * any {@code Authorization} header the client sent: the cookie is the only credential. A token whose session
 * was ended (sign-out, deleted passkey) is refused before it is verified. On an API resource that needs no
 * sign-in, a bad or ended token makes the caller anonymous rather than failing the request; requests outside
 * the API that need no sign-in are not authenticated at all.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SessionCookieMechanismHandler implements HttpAuthenticationMechanismHandler {

    private static final String JWT_MECHANISM = "JWTAuthenticationMechanism";

    /** The JSON API, the only public addresses whose answers depend on who asks. */
    private static final String API = "/api/";

    @Inject
    @Any
    Instance<HttpAuthenticationMechanism> mechanisms;

    @Inject
    SessionCookie sessionCookie;

    @Inject
    RevokedSessions revokedSessions;

    private volatile HttpAuthenticationMechanism jwtMechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        // The container may answer (401) before any filter runs: the headers go on now.
        SecurityHeaders.applyTo(response);
        if (!context.isProtected() && !request.getRequestURI().startsWith(API)) {
            // Pages, scripts, health and metrics never use the caller: no token verification for them.
            return context.doNothing();
        }
        HttpMessageContext outcome = context.isProtected() ? context : new AnonymousOnFailure(context);
        Optional<String> token = sessionCookie.read(request);
        if (token.isEmpty() || isEnded(token.get())) {
            return outcome.responseUnauthorized();
        }
        return jwtMechanism().validateRequest(new BearerRequest(request, token.get()), response, outcome);
    }

    /** Whether the session of {@code token} was ended; a token that cannot be parsed is left to the verifier. */
    private boolean isEnded(String token) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            return claims.getJWTID() != null && revokedSessions.isRevoked(claims.getJWTID(), claims.getStringClaim(SessionTokens.PASSKEY_CLAIM));
        } catch (ParseException e) {
            return false;
        }
    }

    private HttpAuthenticationMechanism jwtMechanism() {
        HttpAuthenticationMechanism found = jwtMechanism;
        if (found == null) {
            for (HttpAuthenticationMechanism mechanism : mechanisms) {
                if (mechanism.getClass().getName().contains(JWT_MECHANISM)) {
                    found = mechanism;
                }
            }
            if (found == null) {
                throw new IllegalStateException("MicroProfile JWT is not active: the application needs @LoginConfig(authMethod = \"MP-JWT\")");
            }
            jwtMechanism = found;
        }
        return found;
    }

    /** The request as the MP-JWT mechanism must see it: the session token as the bearer token. */
    private static final class BearerRequest extends HttpServletRequestWrapper {

        private final String authorization;

        BearerRequest(HttpServletRequest request, String token) {
            super(request);
            this.authorization = "Bearer " + token;
        }

        @Override
        public String getHeader(String name) {
            return "Authorization".equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Authorization".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(authorization)) : super.getHeaders(name);
        }
    }

    /** On a public resource, a refused token leaves the caller anonymous instead of answering 401. */
    private static final class AnonymousOnFailure extends HttpMessageContextWrapper {

        AnonymousOnFailure(HttpMessageContext context) {
            super(context);
        }

        @Override
        public AuthenticationStatus responseUnauthorized() {
            return getWrapped().doNothing();
        }
    }
}
