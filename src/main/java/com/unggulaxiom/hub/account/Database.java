package com.unggulaxiom.hub.account;

import com.unggulaxiom.hub.web.ConfigValues;
import com.unggulaxiom.hub.web.InvalidConfigurationException;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hub's database: accounts and passkeys. The pool is defined here from configuration; the defaults of its
 * keys live in {@code META-INF/microprofile-config.properties}, because the container resolves them itself.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=axiom.db.datasource-class}",
        url = "${MPCONFIG=axiom.db.url}",
        user = "${MPCONFIG=axiom.db.user}",
        password = "${MPCONFIG=axiom.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        // A connection is checked before it is handed out, and one failure flushes the whole pool: after a
        // database outage the hub recovers on its own, without a restart and without serving dead connections.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=3000"
        })
@ApplicationScoped
public class Database {

    static final String JNDI_NAME = "java:app/jdbc/axiom-hub";
    static final String URL = "axiom.db.url";
    static final String USER = "axiom.db.user";
    static final String PASSWORD = "axiom.db.password";

    /**
     * {@value #URL}: JDBC URL of the database (default {@code jdbc:h2:file:./data/axiom-hub}, an H2 file database
     * under the working directory's {@code data/}, kept across restarts).
     */
    @Inject
    @ConfigProperty(name = URL)
    Provider<String> url;

    /** {@value #USER}: database user (default {@code axiom}). */
    @Inject
    @ConfigProperty(name = USER)
    Provider<String> user;

    /**
     * {@value #PASSWORD}: database password (default {@code axiom}, which protects nothing: set it, from a
     * secret, wherever the database is reachable by anyone but the hub).
     */
    @Inject
    @ConfigProperty(name = PASSWORD)
    Provider<String> password;

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    /**
     * Checks the keys that the container does not check for us.
     *
     * @throws InvalidConfigurationException naming the first key that is wrong
     */
    public void check() {
        if (!ConfigValues.text(URL, url).startsWith("jdbc:")) {
            throw new InvalidConfigurationException(URL, "must be a JDBC URL (jdbc:...)");
        }
        ConfigValues.text(USER, user);
        ConfigValues.read(PASSWORD, password);
    }

    /** Whether a connection can be taken from the pool and answers within {@code seconds}. */
    public boolean isReachable(int seconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds);
        } catch (SQLException e) {
            return false;
        }
    }
}
