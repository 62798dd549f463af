package com.unggulaxiom.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro with the built WAR, started as its own process for tests that need to stop and start the hub
 * themselves. Local profile, loopback only, no phoning home, ports given by the test (all in 18000-18999);
 * {@link #close()} always ends the process.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final URI base;

    private PayaraMicroProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts Payara Micro with the hub on {@code httpPort}, its data grid from {@code clusterPort}, the H2
     * database {@code database} (its folder is the data directory), working files under {@code work}, and
     * {@code environment} added.
     */
    public static PayaraMicroProcess start(Path work, int httpPort, int clusterPort, Path database, Map<String, String> environment)
            throws IOException {
        return start(work, HUB_WAR, httpPort, clusterPort,
                "127.0.0.1:" + clusterPort,
                List.of(LOCAL_PROFILE, "-Daxiom.db.url=jdbc:h2:file:" + database.toAbsolutePath(),
                        "-Daxiom.data-dir=" + database.toAbsolutePath().getParent()),
                List.of(), environment);
    }

    /** The WAR this build made ({@code hub.war}, set by the build). */
    public static final Path HUB_WAR = Path.of(System.getProperty("hub.war", "target/axiom-hub.war"));

    /** The JVM option that selects the local profile (relying party localhost). */
    public static final String LOCAL_PROFILE = "-Dmp.config.profile=local";

    /**
     * Starts Payara Micro with {@code war} on {@code httpPort}, its data grid from {@code clusterPort} joining
     * {@code clusterMembers} (host:port, comma-separated, all on loopback), with {@code jvmOptions},
     * {@code microOptions} (Payara Micro's own) and {@code environment} added.
     */
    public static PayaraMicroProcess start(Path work, Path war, int httpPort, int clusterPort, String clusterMembers,
                                           List<String> jvmOptions, List<String> microOptions,
                                           Map<String, String> environment) throws IOException {
        Files.createDirectories(work);
        Path log = Files.createTempFile(work, "payara-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxiom.http.address=127.0.0.1",
                "-Dhazelcast.socket.bind.any=false"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", System.getProperty("payara.micro.jar", "target/payara-micro.jar"),
                "--deploy", war.toString(),
                "--port", String.valueOf(httpPort),
                "--prebootcommandfile", "server-config/pre-boot-commands.asadmin",
                "--rootdir", Files.createTempDirectory(work, "runtime-").toString(),
                "--clustermode", "tcpip:" + clusterMembers,
                "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(clusterPort),
                "--disablephonehome"));
        command.addAll(microOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new PayaraMicroProcess(builder.start(), log, URI.create("http://localhost:" + httpPort + "/"));
    }

    /** Waits until {@code /health/ready} and the hub's home page answer 200; fails with the log when they do not in time. */
    public PayaraMicroProcess awaitReady(Duration timeout) throws InterruptedException {
        return awaitReady(timeout, "/");
    }

    /** Waits until {@code /health/ready} and {@code readyPath} answer 200; fails with the log when they do not in time. */
    public PayaraMicroProcess awaitReady(Duration timeout, String readyPath) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (Http.get(base, "/health/ready").statusCode() == 200 && Http.get(base, readyPath).statusCode() == 200) {
                    return this;
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof ConnectException || e.getCause() instanceof HttpConnectTimeoutException)) {
                    throw e;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Payara Micro was not ready within " + timeout + ":\n" + log());
    }

    public URI base() {
        return base;
    }

    /** Waits for the process to exit by itself; answers whether it did. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** Everything the server wrote so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the server outright (SIGKILL), as a crash or a lost machine would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the server as an operator would (SIGTERM), and kills it if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
