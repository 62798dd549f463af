package com.unggulaxiom.hub.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Says whether the PostgreSQL suite runs in this build. Given AXIOM_TEST_POSTGRESQL_URL, the build's
 * postgresql profile runs the persistence, ceremony and session tests again on that database (reports in
 * target/failsafe-reports-postgresql), and this test checks that the database is a PostgreSQL 15 or newer
 * that the hub can reach; without it, this test is skipped with the line that says how to run the suite.
 */
class PostgresqlSuiteIT {

    @Test
    void thePostgresqlSuiteRunsOnAReachablePostgresql15OrNewer() throws Exception {
        String url = System.getenv("AXIOM_TEST_POSTGRESQL_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL suite skipped: set AXIOM_TEST_POSTGRESQL_URL, _USER and _PASSWORD (e.g. jdbc:postgresql://127.0.0.1:5432/axiom_hub_test) to run it");
        try (Connection connection = DriverManager.getConnection(url, System.getenv("AXIOM_TEST_POSTGRESQL_USER"),
                System.getenv("AXIOM_TEST_POSTGRESQL_PASSWORD"))) {
            assertTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
            assertTrue(connection.getMetaData().getDatabaseMajorVersion() >= 15,
                    "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion() + " is older than 15");
        }
    }
}
