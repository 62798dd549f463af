package com.unggulaxiom.hub.testing;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers the test harness's own checks with Arquillian. */
public class HubArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeployedHubCheck.class);
    }
}
