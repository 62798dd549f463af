package com.unggulaxiom.hub.web;

import com.unggulaxiom.hub.webauthn.RelyingPartyConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses cross-site requests that change state: every {@code POST}, {@code PUT}, {@code PATCH} and
 * {@code DELETE} must carry an {@code Origin} that is one of the hub's origins, or, where a browser sends no
 * {@code Origin}, {@code Sec-Fetch-Site: same-origin}. The SameSite=Strict cookie is the first guard; this is
 * the second, and it does not depend on the browser's cookie rules.
 */
@WebFilter(filterName = "origin-guard", urlPatterns = "/*", asyncSupported = true)
public class OriginGuard extends HttpFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger LOG = Logger.getLogger(OriginGuard.class.getName());

    @Inject
    RelyingPartyConfig relyingPartyConfig;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod()) && !isSameSite(request)) {
            LOG.info(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + ": "
                    + Refusal.CROSS_SITE_REQUEST.slug() + " (Origin " + request.getHeader("Origin")
                    + ", Sec-Fetch-Site " + request.getHeader("Sec-Fetch-Site") + ")");
            Refusal.CROSS_SITE_REQUEST.problem("State-changing requests are accepted from the hub's own pages only.")
                    .writeTo(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isSameSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return relyingPartyConfig.relyingParty().allows(origin);
        }
        return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
    }
}
