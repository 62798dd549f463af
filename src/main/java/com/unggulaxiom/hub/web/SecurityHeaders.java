package com.unggulaxiom.hub.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The response headers DESIGN.md requires on every answer of the hub. Kept apart from the filter so that any
 * code that answers before the filter chain runs (an authentication mechanism, the error page) sets the same set.
 */
public final class SecurityHeaders {

    /**
     * Only the hub's own files: no inline script or style, no plug-ins, never framed, no {@code <base>}, forms
     * post only to the hub.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'");

    /** WebAuthn for the hub's own pages only; powerful features the hub never uses are switched off. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "publickey-credentials-get=(self)",
            "publickey-credentials-create=(self)",
            "camera=()",
            "microphone=()",
            "geolocation=()",
            "payment=()",
            "usb=()");

    /** Header name to value, the same on every answer. */
    static final Map<String, String> ALWAYS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Permissions-Policy", PERMISSIONS_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            // Stricter than strict-origin-when-cross-origin: the hub's pages link nowhere that needs to know.
            "Referrer-Policy", "no-referrer",
            "Strict-Transport-Security", "max-age=63072000; includeSubDomains",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    /** Answers that carry data or errors are never stored; the hub's static files may be kept but revalidated. */
    static final String NO_STORE = "no-store";
    static final String REVALIDATE = "no-cache";

    private SecurityHeaders() {
    }

    /** Sets every header of {@link #ALWAYS}, and {@code Cache-Control} for data and error answers. */
    public static void applyTo(HttpServletResponse response) {
        ALWAYS.forEach(response::setHeader);
        response.setHeader("Cache-Control", NO_STORE);
    }
}
