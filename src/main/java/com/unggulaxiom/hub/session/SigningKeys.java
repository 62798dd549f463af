package com.unggulaxiom.hub.session;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.unggulaxiom.hub.web.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The keys of the hub's session tokens: the ES256 signing key (configured, or generated once and kept in the
 * data directory), and the public keys that verify tokens (the current one and, after a rotation, the previous
 * one). The public keys are published at {@code /.well-known/jwks.json} and written to the verification keys
 * file that MicroProfile JWT reads ({@code mp.jwt.verify.publickey.location}).
 */
@ApplicationScoped
public class SigningKeys {

    /** File names under the data directory. */
    static final String GENERATED_KEY_FILE = "session-signing-key.pem";
    static final String VERIFICATION_KEYS_FILE = "session-verification-keys.json";

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    SessionConfig sessionConfig;

    private volatile ECKey signingKey;
    private volatile JWKSet publicKeys;

    /** The current signing key, with its key id (the RFC 7638 thumbprint of its public key). */
    public ECKey signingKey() {
        return signingKey;
    }

    /** The public keys that verify the hub's tokens: current first, then the previous one if configured. */
    public JWKSet publicKeys() {
        return publicKeys;
    }

    /**
     * Loads (or, when none is configured, generates and keeps) the keys, and writes the verification keys file.
     * Called once at start-up.
     *
     * @throws InvalidConfigurationException when a configured key cannot be read
     */
    public void load() {
        SessionConfig.Settings settings = sessionConfig.settings();
        ECKey current = settings.signingKey()
                .map(value -> readSigningKey(SessionConfig.SIGNING_KEY, value))
                .orElseGet(() -> generatedKey(settings.dataDir()));
        List<JWK> keys = new ArrayList<>(List.of(current.toPublicJWK()));
        settings.previousPublicKey().ifPresent(value -> keys.add(readPublicKey(SessionConfig.PREVIOUS_PUBLIC_KEY, value)));
        signingKey = current;
        publicKeys = new JWKSet(keys);
        writeAtomically(settings.dataDir().resolve(VERIFICATION_KEYS_FILE), publicKeys.toString(true), false);
    }

    private ECKey generatedKey(Path dataDir) {
        Path file = dataDir.resolve(GENERATED_KEY_FILE);
        if (Files.exists(file)) {
            return readSigningKey(SessionConfig.SIGNING_KEY + " (generated, " + file + ")", file.toString());
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(Curve.P_256.toECParameterSpec());
            KeyPair pair = generator.generateKeyPair();
            writeAtomically(file, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded())
                    + Pem.encode("PUBLIC KEY", pair.getPublic().getEncoded()), true);
            LOG.info("No " + SessionConfig.SIGNING_KEY + " configured: generated a session signing key and kept it in " + file);
            return withId((ECPrivateKey) pair.getPrivate(), (ECPublicKey) pair.getPublic());
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot generate a P-256 key", e);
        }
    }

    /** Reads a signing key: PEM text, or the path of a PEM file, with a PRIVATE KEY and its PUBLIC KEY. */
    private static ECKey readSigningKey(String key, String value) {
        String pem = pemText(key, value);
        try {
            ECPrivateKey privateKey = Pem.privateKey(pem).orElseThrow(() ->
                    new InvalidConfigurationException(key, "holds no PEM 'PRIVATE KEY' (PKCS#8) block"));
            ECPublicKey publicKey = Pem.publicKey(pem).orElseThrow(() ->
                    new InvalidConfigurationException(key, "holds no PEM 'PUBLIC KEY' block beside its private key"));
            if (!isPair(privateKey, publicKey)) {
                throw new InvalidConfigurationException(key, "holds a PUBLIC KEY that is not its PRIVATE KEY's");
            }
            return withId(privateKey, publicKey);
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidConfigurationException(key, "cannot be read as a P-256 key: " + e.getMessage());
        }
    }

    /** Whether the two keys belong together: a signature of one verifies with the other. */
    private static boolean isPair(ECPrivateKey privateKey, ECPublicKey publicKey) throws GeneralSecurityException {
        byte[] probe = "axiom-hub key pair check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(probe);
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey);
        verifier.update(probe);
        return verifier.verify(signer.sign());
    }

    private static ECKey readPublicKey(String key, String value) {
        try {
            ECPublicKey publicKey = Pem.publicKey(pemText(key, value)).orElseThrow(() ->
                    new InvalidConfigurationException(key, "holds no PEM 'PUBLIC KEY' block"));
            if (!Curve.P_256.equals(Curve.forECParameterSpec(publicKey.getParams()))) {
                throw new InvalidConfigurationException(key, "is not a P-256 key, which ES256 needs");
            }
            return new ECKey.Builder(Curve.P_256, publicKey)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).keyIDFromThumbprint().build();
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidConfigurationException(key, "cannot be read as an EC public key: " + e.getMessage());
        }
    }

    private static ECKey withId(ECPrivateKey privateKey, ECPublicKey publicKey) throws JOSEException {
        Curve curve = Curve.forECParameterSpec(publicKey.getParams());
        if (!Curve.P_256.equals(curve)) {
            throw new IllegalArgumentException("the key is not on P-256, which ES256 needs");
        }
        return new ECKey.Builder(curve, publicKey).privateKey(privateKey)
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).keyIDFromThumbprint().build();
    }

    /** The PEM text of a configuration value: the value itself when it is PEM, else the file it names. */
    private static String pemText(String key, String value) {
        if (value.contains("-----BEGIN ")) {
            return value;
        }
        try {
            return Files.readString(Path.of(value.strip()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new InvalidConfigurationException(key, "names the file '" + value.strip() + "', which cannot be read: " + e);
        }
    }

    /** Writes {@code text} to {@code file} through a temporary file, readable by the owner only when {@code secret}. */
    private static void writeAtomically(Path file, String text, boolean secret) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--")));
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

}
