package com.unggulaxiom.hub.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Every refusal becomes its problem answer, and one log line. */
@Provider
public class RefusedExceptionMapper implements ExceptionMapper<RefusedException> {

    private static final Logger LOG = Logger.getLogger(RefusedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(RefusedException refused) {
        Refusal refusal = refused.refusal();
        LOG.info(() -> "Refused " + uriInfo.getPath() + ": " + refusal.slug() + ": " + refused.getMessage() + cause(refused));
        return refusal.problem(refused.getMessage()).toResponse();
    }

    /** The underlying cause for operators, on the same line: its type and the first line of its message. */
    private static String cause(RefusedException refused) {
        Throwable cause = refused.getCause();
        if (cause == null) {
            return "";
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return " (" + cause.getClass().getSimpleName() + message + ")";
    }
}
