package com.unggulaxiom.hub.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive the integration tests deploy: the WAR this build made, exactly as it ships. */
public final class HubDeployment {

    private HubDeployment() {
    }

    /** The built WAR ({@code hub.war}, set by the build), ready to receive test-only classes. */
    public static WebArchive war() {
        File war = new File(System.getProperty("hub.war", "target/axiom-hub.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the integration tests through Maven (./mvnw verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "axiom-hub.war").importFrom(war).as(WebArchive.class);
    }
}
