package com.unggulaxiom.hub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses the methods a path does not serve before anything else sees the request: {@code TRACE} everywhere
 * (it would echo the request, cookies included), and anything but {@code GET}/{@code HEAD} outside the API,
 * where the container would otherwise answer a {@code POST} to a page as if it were a {@code GET}.
 */
@WebFilter(filterName = "methods", urlPatterns = "/*", asyncSupported = true)
public class MethodFilter extends HttpFilter {

    private static final String API = "/api/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean readOnly = method.equals("GET") || method.equals("HEAD");
        if (method.equals("TRACE") || (!readOnly && !request.getRequestURI().startsWith(API))) {
            response.setHeader("Allow", request.getRequestURI().startsWith(API) ? null : "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
