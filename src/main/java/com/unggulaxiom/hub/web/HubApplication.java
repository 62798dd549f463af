package com.unggulaxiom.hub.web;

import com.unggulaxiom.hub.session.SessionTokens;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The hub's JSON API, under {@code /api}. Callers are authenticated by MicroProfile JWT (the session cookie,
 * see {@code session/SessionCookieMechanismHandler}); MP-JWT needs this class application scoped to make
 * {@code JsonWebToken} injectable.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles(SessionTokens.USER)
@ApplicationScoped
public class HubApplication extends Application {
}
