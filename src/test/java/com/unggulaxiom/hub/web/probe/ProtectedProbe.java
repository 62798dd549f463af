package com.unggulaxiom.hub.web.probe;

import jakarta.annotation.security.DeclareRoles;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only servlet behind container security: the container, through the hub's session cookie mechanism,
 * refuses the request in its authentication step, before any filter of the application runs.
 */
@WebServlet("/test-probes/protected")
@ServletSecurity(@HttpConstraint(rolesAllowed = "member"))
@DeclareRoles("member")
public class ProtectedProbe extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().write("member only");
    }
}
