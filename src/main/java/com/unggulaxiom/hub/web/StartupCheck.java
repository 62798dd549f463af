package com.unggulaxiom.hub.web;

import com.unggulaxiom.hub.account.Database;
import com.unggulaxiom.hub.account.SchemaMigration;
import com.unggulaxiom.hub.webauthn.ChallengeStore;
import com.unggulaxiom.hub.session.RevokedSessions;
import com.unggulaxiom.hub.session.SessionConfig;
import com.unggulaxiom.hub.session.SigningKeys;
import com.unggulaxiom.hub.webauthn.RelyingParty;
import com.unggulaxiom.hub.webauthn.RelyingPartyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;

/**
 * Prepares the hub when it starts: checks the whole configuration, migrates the database schema, opens the
 * challenge store. A bad value is reported in one log line naming its key (a failed migration in one line saying
 * why), and the process then exits with status 78 (EX_CONFIG): a hub that would refuse or mis-sign every
 * ceremony must not look alive to an operator or an orchestrator.
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

    @Inject
    SchemaMigration schemaMigration;

    @Inject
    ChallengeStore challengeStore;

    @Inject
    SigningKeys signingKeys;

    @Inject
    RevokedSessions revokedSessions;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        RelyingParty relyingParty;
        try {
            relyingParty = relyingPartyConfig.check();
            sessionConfig.check();
            database.check();
        } catch (InvalidConfigurationException e) {
            throw refuse(e.getMessage(), e);
        }
        try {
            schemaMigration.migrate();
        } catch (FlywayException e) {
            throw refuse("the database schema cannot be brought to this version: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        try {
            signingKeys.load();
        } catch (InvalidConfigurationException e) {
            throw refuse(e.getMessage(), e);
        }
        challengeStore.open();
        revokedSessions.open();
        LOG.info("Axiom Hub is ready at " + relyingParty.origins().getFirst() + "/ (relying party " + relyingParty.id() + ")");
    }

    /** Logs why the hub refuses to start, and exits; the exception answered fails the deployment meanwhile. */
    private static RuntimeException refuse(String reason, RuntimeException cause) {
        LOG.severe("Axiom Hub refuses to start: " + reason);
        exitOutsideDeployment();
        return cause;
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
