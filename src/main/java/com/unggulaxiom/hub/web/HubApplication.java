package com.unggulaxiom.hub.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The hub's JSON API, under {@code /api}. */
@ApplicationPath("/api")
public class HubApplication extends Application {
}
