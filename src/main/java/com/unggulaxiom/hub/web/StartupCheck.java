package com.unggulaxiom.hub.web;

import com.unggulaxiom.hub.account.Database;
import com.unggulaxiom.hub.session.SessionConfig;
import com.unggulaxiom.hub.webauthn.RelyingParty;
import com.unggulaxiom.hub.webauthn.RelyingPartyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Checks the whole configuration when the hub starts. A bad value is reported in one log line naming its key,
 * and the process then exits with status 78 (EX_CONFIG): a hub that would refuse or mis-sign every ceremony
 * must not look alive to an operator or an orchestrator.
 */
@ApplicationScoped
public class StartupCheck {

    /** Exit status of a refused start-up, {@code EX_CONFIG} of sysexits.h. */
    static final int EXIT_CONFIG = 78;

    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    @Inject
    RelyingPartyConfig relyingPartyConfig;

    @Inject
    SessionConfig sessionConfig;

    @Inject
    Database database;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        RelyingParty relyingParty;
        try {
            relyingParty = relyingPartyConfig.check();
            sessionConfig.check();
            database.check();
        } catch (InvalidConfigurationException e) {
            LOG.severe("Axiom Hub refuses to start: " + e.getMessage());
            exitOutsideDeployment();
            throw e;
        }
        LOG.info("Axiom Hub is ready at " + relyingParty.origins().getFirst() + "/ (relying party " + relyingParty.id() + ")");
    }

    /**
     * Exits from a thread of its own: the deployment that is running on this thread must fail and let go of
     * the server's locks before the server's shutdown hooks can run.
     */
    private static void exitOutsideDeployment() {
        Thread exit = new Thread(() -> System.exit(EXIT_CONFIG), "axiom-hub-refused-start");
        exit.setDaemon(true);
        exit.start();
    }
}
