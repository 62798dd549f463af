package com.unggulaxiom.hub.web;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** A JSON body that cannot be parsed is the caller's error: 400, logged once, nothing changed. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    private static final Logger LOG = Logger.getLogger(MalformedJsonMapper.class.getName());

    @Override
    public Response toResponse(JsonException exception) {
        LOG.info("Refused a request with malformed JSON: " + exception.getMessage());
        return Refusal.MALFORMED_REQUEST.problem("The request body is not valid JSON.").toResponse();
    }
}
