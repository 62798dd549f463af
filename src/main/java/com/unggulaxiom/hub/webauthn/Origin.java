package com.unggulaxiom.hub.webauthn;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web origin (RFC 6454): scheme, host and port, serialised as browsers send it in {@code Origin} and in
 * {@code clientDataJSON.origin}.
 */
public record Origin(String scheme, String host, int port) {

    /**
     * Parses {@code text} as a serialised origin such as {@code https://hub.unggulaxiom.com} or
     * {@code http://localhost:8080}: https, or http for {@code localhost} only (the one insecure-looking origin
     * browsers treat as a secure context for WebAuthn); no path, query, fragment or user info.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Origin parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not an origin: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme == null || host == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
            throw new IllegalArgumentException("'" + text + "' is not an origin (scheme://host[:port], nothing after it)");
        }
        boolean localhost = host.equals("localhost") || host.endsWith(".localhost");
        if (!scheme.equals("https") && !(scheme.equals("http") && localhost)) {
            throw new IllegalArgumentException("'" + text + "' must use https (http only for localhost)");
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        return new Origin(scheme, host, uri.getPort() == -1 ? defaultPort : uri.getPort());
    }

    /** The serialised origin: the default port of the scheme is left out. */
    @Override
    public String toString() {
        boolean defaultPort = (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
