package com.unggulaxiom.hub.web.probe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only API answers of every class: deployed by the header tests, never part of the hub. */
@Path("test-probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    /** Text that must never reach a client, whatever fails. */
    public static final String SECRET = "probe-internal-secret";

    @GET
    @Path("ok")
    public JsonObject ok() {
        return Json.createObjectBuilder().add("ok", true).build();
    }

    @GET
    @Path("fault")
    public JsonObject fault() {
        throw new IllegalStateException("simulated fault " + SECRET);
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject echo(JsonObject body) {
        return body;
    }
}
