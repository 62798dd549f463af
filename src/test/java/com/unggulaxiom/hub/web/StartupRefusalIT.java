package com.unggulaxiom.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unggulaxiom.hub.testing.PayaraMicroProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real Payara Micro started with a bad value in its environment refuses to start: one log line names the key
 * and its environment variable, and the process exits with status 78 instead of running without the hub.
 */
class StartupRefusalIT {

    private static final int HTTP_PORT = Integer.getInteger("it.http.port", 18080) + 1;
    private static final int CLUSTER_PORT = Integer.getInteger("it.cluster.port", 18900) + 10;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("AXIOM_RP_ID", " ", "axiom.rp.id", "must not be empty"),
                Arguments.of("AXIOM_ORIGINS", "localhost:8080", "axiom.origins", "is not an origin"),
                Arguments.of("AXIOM_ORIGINS", "https://evil.example", "axiom.origins", "whose host is not localhost"),
                Arguments.of("AXIOM_SESSION_LIFETIME", "15 minutes", "axiom.session.lifetime", "not an ISO-8601 duration"),
                Arguments.of("AXIOM_SESSION_SIGNING_KEY", "/no/such/key.pem", "axiom.session.signing-key", "cannot be read"));
    }

    @ParameterizedTest(name = "{0}=''{1}''")
    @MethodSource("badValues")
    void startUpStopsWithOneLineNamingTheKey(String variable, String value, String key, String reason, @TempDir Path work)
            throws IOException, InterruptedException {
        try (PayaraMicroProcess payara = PayaraMicroProcess.start(work, HTTP_PORT, CLUSTER_PORT, work.resolve("db"), Map.of(variable, value))) {
            assertTrue(payara.awaitExit(Duration.ofMinutes(3)), "Payara Micro kept running with a bad " + key);
            String output = payara.log();
            List<String> refusals = output.lines().filter(line -> line.contains("Axiom Hub refuses to start")).toList();
            assertEquals(1, refusals.size(), output);
            String refusal = refusals.getFirst();
            assertTrue(refusal.contains("configuration key " + key + " (environment " + variable + ")"), refusal);
            assertTrue(refusal.contains(reason), refusal);
            assertEquals(StartupCheck.EXIT_CONFIG, payara.exitValue(), "exit status");
        }
    }
}
