package com.unggulaxiom.hub.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway certificate authority and a server certificate it signed, made with the JDK's keytool for one
 * test, and a browser profile home whose NSS database trusts that authority (Debian's certutil).
 */
public final class TestCertificates {

    public static final String PASSWORD = "changeit";
    public static final String SERVER_ALIAS = "hub";
    private static final Path CERTUTIL = Path.of("/usr/bin/certutil");

    private final Path serverKeystore;
    private final Path browserHome;

    private TestCertificates(Path serverKeystore, Path browserHome) {
        this.serverKeystore = serverKeystore;
        this.browserHome = browserHome;
    }

    /** Whether certutil (libnss3-tools) is installed. */
    public static boolean certutilInstalled() {
        return Files.isExecutable(CERTUTIL);
    }

    /** Makes the authority, a server certificate for {@code hostNames}, and a trusting browser home, under {@code work}. */
    public static TestCertificates make(Path work, String... hostNames) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("tls"));
        Path ca = dir.resolve("ca.p12");
        Path server = dir.resolve("server.p12");
        Path caPem = dir.resolve("ca.pem");
        keytool(null, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Axiom Hub Test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", ca.toString(), "-storepass", PASSWORD);
        Files.write(caPem, keytool(null, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", PASSWORD));
        keytool(null, "-genkeypair", "-alias", SERVER_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + hostNames[0],
                "-validity", "2", "-keystore", server.toString(), "-storepass", PASSWORD);
        byte[] request = keytool(null, "-certreq", "-alias", SERVER_ALIAS, "-keystore", server.toString(), "-storepass", PASSWORD);
        List<String> names = new ArrayList<>();
        for (String host : hostNames) {
            names.add("dns:" + host);
        }
        byte[] signed = keytool(request, "-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", PASSWORD,
                "-ext", "SAN=" + String.join(",", names), "-ext", "EKU=serverAuth", "-validity", "2");
        keytool(null, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", server.toString(), "-storepass", PASSWORD);
        Path chain = dir.resolve("chain.pem");
        Files.write(chain, concat(signed, Files.readAllBytes(caPem)));
        keytool(null, "-importcert", "-alias", SERVER_ALIAS, "-file", chain.toString(), "-keystore", server.toString(), "-storepass", PASSWORD);

        Path home = Files.createDirectories(work.resolve("browser-home"));
        Path nss = Files.createDirectories(home.resolve(".pki/nssdb"));
        run(null, CERTUTIL.toString(), "-d", "sql:" + nss, "-N", "--empty-password");
        run(null, CERTUTIL.toString(), "-d", "sql:" + nss, "-A", "-t", "C,,", "-n", "axiom-hub-test-ca", "-i", caPem.toString());
        return new TestCertificates(server, home);
    }

    /** The PKCS#12 keystore with the server's key and certificate chain (alias {@value #SERVER_ALIAS}). */
    public Path serverKeystore() {
        return serverKeystore;
    }

    /** A HOME whose NSS database trusts the test authority, for Chromium. */
    public Path browserHome() {
        return browserHome;
    }

    private static byte[] keytool(byte[] input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        return run(input, command.toArray(String[]::new));
    }

    private static byte[] run(byte[] input, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (input != null) {
            process.getOutputStream().write(input);
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
        return output;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
