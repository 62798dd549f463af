package com.unggulaxiom.hub.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for a fault the hub did not foresee: the cause is logged for operators, the caller gets a
 * problem that reveals nothing of it. A failure of the database (an {@link SQLException} among the causes:
 * stopped, unreachable, out of connections) is a 503 with a short {@code Retry-After}; its transaction has
 * been rolled back, so nothing is half written, and the readiness check reports the same outage.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        SQLException database = databaseCause(exception);
        if (database != null) {
            LOG.warning(() -> "The database failed to answer: " + database);
            return Response.fromResponse(StatusProblems.forStatus(503).toResponse()).header("Retry-After", "5").build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure while answering a request", exception);
        return StatusProblems.forStatus(500).toResponse();
    }

    private static SQLException databaseCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
