package com.unggulaxiom.hub.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the JAX-RS runtime's own refusals (no route, wrong method, unreadable body) into problem answers. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext securityContext;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() == 403 && securityContext.getUserPrincipal() == null) {
            // @RolesAllowed refused a caller who is not signed in (or whose session ended): that is a 401.
            return StatusProblems.forStatus(401).toResponse();
        }
        Response problem = StatusProblems.forStatus(original.getStatus()).toResponse();
        if (original.getStatus() == 405 && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
        }
        return problem;
    }
}
