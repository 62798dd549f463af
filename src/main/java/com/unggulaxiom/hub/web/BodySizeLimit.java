package com.unggulaxiom.hub.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;
import jakarta.ws.rs.core.Response;

/**
 * Refuses an API request body over {@value #LIMIT_BYTES} bytes before anything parses it. Ceremony bodies are a
 * few kilobytes; the limit keeps a large or endless body from costing memory or parser time.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    static final int LIMIT_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(BodySizeLimit.class.getName());

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > LIMIT_BYTES) {
            refuse(request);
        } else if (request.getLength() < 0 && request.hasEntity()) {
            // No length given (chunked): read at most one byte past the limit, then hand on what was read.
            byte[] body = request.getEntityStream().readNBytes(LIMIT_BYTES + 1);
            if (body.length > LIMIT_BYTES) {
                refuse(request);
            } else {
                InputStream replay = new ByteArrayInputStream(body);
                request.setEntityStream(replay);
            }
        }
    }

    /**
     * Answers 413 and closes the connection: the rest of the body is never read, so the connection cannot
     * carry another request.
     */
    private static void refuse(ContainerRequestContext request) {
        LOG.info(() -> "Refused " + request.getUriInfo().getPath() + ": " + Refusal.BODY_TOO_LARGE.slug());
        request.abortWith(Response.fromResponse(Refusal.BODY_TOO_LARGE
                        .problem("The request body is larger than " + LIMIT_BYTES + " bytes.").toResponse())
                .header("Connection", "close")
                .build());
    }
}
