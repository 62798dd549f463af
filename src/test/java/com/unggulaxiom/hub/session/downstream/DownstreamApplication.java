package com.unggulaxiom.hub.session.downstream;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** A tiny other service of the site, which trusts the hub's session cookie. Test tree only. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles("user")
@ApplicationScoped
public class DownstreamApplication extends Application {
}
