package com.unggulaxiom.hub.web.probe;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only servlet that fails outside JAX-RS, so that the container's own error handling answers. */
@WebServlet("/test-probes/servlet-fault")
public class ServletFaultProbe extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        throw new ServletException("simulated servlet fault " + ProbeResource.SECRET);
    }
}
