package com.unggulaxiom.hub.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

class DeployedHubCheckTest {

    @Test
    void aDeploymentThatListsTheHubsServletsPasses() {
        HTTPContext context = new HTTPContext("localhost", 18080);
        context.add(new Servlet(DeployedHubCheck.HUB_SERVLET, "/"));
        assertDoesNotThrow(() -> DeployedHubCheck.requireDeployed("axiom-hub.war", new ProtocolMetaData().addContext(context)));
    }

    @Test
    void aDeploymentThatPayaraMicroFailedIsRefused() {
        // What the managed container returns when the WAR failed: the server's address, and no servlets.
        ProtocolMetaData failed = new ProtocolMetaData().addContext(new HTTPContext("localhost", 18080));
        assertThrows(IllegalStateException.class, () -> DeployedHubCheck.requireDeployed("axiom-hub.war", failed));
        assertThrows(IllegalStateException.class, () -> DeployedHubCheck.requireDeployed("axiom-hub.war", null));
    }
}
