package com.unggulaxiom.hub.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Puts {@link SecurityHeaders} on every answer of the hub: static files, the API, health and metrics, and
 * the container's error dispatches, so that a 404 or 500 carries the same headers as a 200.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE,
                DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaderFilter extends HttpFilter {

    /** Extensions of the hub's own static files, which browsers may cache if they revalidate them. */
    private static final Set<String> STATIC_EXTENSIONS = Set.of("html", "js", "mjs", "css", "svg", "png", "ico", "webmanifest");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.applyTo(response);
        if (request.getDispatcherType() != DispatcherType.ERROR && isStaticFile(request.getRequestURI())) {
            response.setHeader("Cache-Control", SecurityHeaders.REVALIDATE);
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaticFile(String path) {
        if (path.equals("/")) {
            return true;
        }
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && STATIC_EXTENSIONS.contains(path.substring(dot + 1));
    }
}
