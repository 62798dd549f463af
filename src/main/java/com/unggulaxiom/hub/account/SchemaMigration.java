package com.unggulaxiom.hub.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build needs, with the versioned migrations under
 * {@code db/migration} (the same for H2 and PostgreSQL). Runs once at start-up, before any request.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info("Database schema at version " + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }
}
