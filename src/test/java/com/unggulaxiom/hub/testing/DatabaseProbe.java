package com.unggulaxiom.hub.testing;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * Test-only view of the hub's database rows, deployed with the ceremony tests so that they can assert what was
 * stored, and that a refused request stored nothing. Never part of the hub.
 */
@Path("test-probes/database")
public class DatabaseProbe {

    @Resource(lookup = "java:app/jdbc/axiom-hub")
    DataSource dataSource;

    /** Every account and passkey row, in a stable order. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject rows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            JsonArrayBuilder accounts = Json.createArrayBuilder();
            try (ResultSet row = statement.executeQuery("SELECT id, username, display_name FROM account ORDER BY id")) {
                while (row.next()) {
                    accounts.add(Json.createObjectBuilder().add("id", row.getLong(1)).add("username", row.getString(2))
                            .add("displayName", row.getString(3)));
                }
            }
            JsonArrayBuilder passkeys = Json.createArrayBuilder();
            try (ResultSet row = statement.executeQuery("SELECT credential_id, account_id, algorithm, sign_count, backup_eligible,"
                    + " backed_up, uv_initialized, attestation_format, transports, last_used_at FROM passkey ORDER BY id")) {
                while (row.next()) {
                    passkeys.add(Json.createObjectBuilder()
                            .add("credentialId", Base64.getUrlEncoder().withoutPadding().encodeToString(row.getBytes(1)))
                            .add("accountId", row.getLong(2))
                            .add("algorithm", row.getInt(3))
                            .add("signCount", row.getLong(4))
                            .add("backupEligible", row.getBoolean(5))
                            .add("backedUp", row.getBoolean(6))
                            .add("uvInitialized", row.getBoolean(7))
                            .add("attestationFormat", row.getString(8))
                            .add("transports", row.getString(9))
                            .add("lastUsedAt", String.valueOf(row.getTimestamp(10))));
                }
            }
            return Json.createObjectBuilder().add("accounts", accounts).add("passkeys", passkeys).build();
        }
    }
}
