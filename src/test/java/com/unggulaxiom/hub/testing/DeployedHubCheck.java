package com.unggulaxiom.hub.testing;

import java.util.List;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;

/**
 * Fails the test run when the hub did not deploy. Payara Micro's managed container reports success even when
 * the WAR fails to deploy (Payara Micro keeps running with nothing deployed); the servlets it lists after a
 * deployment tell the truth, and the hub always has its error page.
 */
public class DeployedHubCheck {

    /** The servlet every deployment of the hub has (the container's error page). */
    static final String HUB_SERVLET = "error-page";

    @Inject
    Instance<ProtocolMetaData> protocolMetaData;

    public void verify(@Observes AfterDeploy event) {
        requireDeployed(event.getDeployment().getArchive().getName(), protocolMetaData.get());
    }

    /** Throws, naming the deployment, unless {@code metaData} shows the hub's servlets. */
    static void requireDeployed(String deployment, ProtocolMetaData metaData) {
        List<HTTPContext> contexts = metaData == null ? List.of() : List.copyOf(metaData.getContexts(HTTPContext.class));
        boolean deployed = contexts.stream().anyMatch(context -> context.getServletByName(HUB_SERVLET) != null);
        if (!deployed) {
            throw new IllegalStateException("The hub (deployment '" + deployment + "') did not deploy to Payara Micro: "
                    + "its servlets are missing from the server's list of deployed applications. "
                    + "The server log above says why.");
        }
    }
}
