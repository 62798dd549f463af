package com.unggulaxiom.hub.testing;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.authenticator.EdDSACOSEKey;
import com.webauthn4j.data.attestation.authenticator.RSACOSEKey;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.attestation.statement.PackedAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.UUID;

/**
 * A passkey authenticator in software, for the tests: it answers the hub's options with the JSON a browser's
 * {@code credential.toJSON()} produces, built from real keys and real CBOR. Each answer can be given a
 * {@link Gesture} that bends one part of it, to test that the hub refuses it.
 */
public final class SoftwareAuthenticator {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Attestation statement formats this authenticator can produce. */
    public enum Format { NONE, PACKED }

    private final COSEAlgorithmIdentifier algorithm;
    private final Format format;
    private final KeyPair keyPair;
    private final byte[] credentialId = new byte[32];
    private final AAGUID aaguid;
    private byte[] userHandle;
    private long signCount;

    public SoftwareAuthenticator(COSEAlgorithmIdentifier algorithm, Format format) {
        this.algorithm = algorithm;
        this.format = format;
        this.keyPair = generate(algorithm);
        this.aaguid = format == Format.NONE ? AAGUID.ZERO : new AAGUID(UUID.randomUUID());
        RANDOM.nextBytes(credentialId);
    }

    /** An ES256 platform authenticator with attestation "none", the common case. */
    public static SoftwareAuthenticator platform() {
        return new SoftwareAuthenticator(COSEAlgorithmIdentifier.ES256, Format.NONE);
    }

    public String credentialId() {
        return Base64UrlUtil.encodeToString(credentialId);
    }

    public long signCount() {
        return signCount;
    }

    /** Sets the counter the next assertion starts from (it adds one). */
    public void signCount(long value) {
        signCount = value;
    }

    /** How the next answer is made; {@link #honest(String, String)} is what a correct browser and device do. */
    public record Gesture(String type, String origin, String rpId, String challenge, boolean userPresent,
                          boolean userVerified, boolean backupEligible, boolean backedUp, boolean validSignature,
                          byte[] userHandle) {

        public static Gesture honest(String origin, String rpId) {
            return new Gesture(null, origin, rpId, null, true, true, true, true, true, null);
        }

        public Gesture type(String value) {
            return new Gesture(value, origin, rpId, challenge, userPresent, userVerified, backupEligible, backedUp, validSignature, userHandle);
        }

        public Gesture origin(String value) {
            return new Gesture(type, value, rpId, challenge, userPresent, userVerified, backupEligible, backedUp, validSignature, userHandle);
        }

        public Gesture rpId(String value) {
            return new Gesture(type, origin, value, challenge, userPresent, userVerified, backupEligible, backedUp, validSignature, userHandle);
        }

        public Gesture challenge(String value) {
            return new Gesture(type, origin, rpId, value, userPresent, userVerified, backupEligible, backedUp, validSignature, userHandle);
        }

        public Gesture withoutUserPresence() {
            return new Gesture(type, origin, rpId, challenge, false, userVerified, backupEligible, backedUp, validSignature, userHandle);
        }

        public Gesture withoutUserVerification() {
            return new Gesture(type, origin, rpId, challenge, userPresent, false, backupEligible, backedUp, validSignature, userHandle);
        }

        public Gesture backedUp(boolean value) {
            return new Gesture(type, origin, rpId, challenge, userPresent, userVerified, backupEligible, value, validSignature, userHandle);
        }

        public Gesture withBadSignature() {
            return new Gesture(type, origin, rpId, challenge, userPresent, userVerified, backupEligible, backedUp, false, userHandle);
        }

        public Gesture userHandle(byte[] value) {
            return new Gesture(type, origin, rpId, challenge, userPresent, userVerified, backupEligible, backedUp, validSignature, value);
        }
    }

    /** {@code RegistrationResponseJSON} answering {@code options} ({@code PublicKeyCredentialCreationOptionsJSON}). */
    public JsonObject register(JsonObject options, Gesture gesture) {
        userHandle = Base64UrlUtil.decode(options.getJsonObject("user").getString("id"));
        byte[] clientData = clientData(gesture.type() != null ? gesture.type() : "webauthn.create",
                gesture.challenge() != null ? gesture.challenge() : options.getString("challenge"), gesture.origin());
        COSEKey key = coseKey();
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> authenticatorData = new AuthenticatorData<>(
                sha256(gesture.rpId().getBytes(StandardCharsets.UTF_8)),
                (byte) (flags(gesture) | AuthenticatorData.BIT_AT), signCount,
                new AttestedCredentialData(aaguid, credentialId, key));
        byte[] authData = new AuthenticatorDataConverter(CONVERTER).convert(authenticatorData);
        AttestationStatement statement = format == Format.NONE ? new NoneAttestationStatement()
                : new PackedAttestationStatement(algorithm, sign(concat(authData, sha256(clientData)), gesture.validSignature()), null);
        byte[] attestationObject = new AttestationObjectConverter(CONVERTER)
                .convertToBytes(new AttestationObject(authenticatorData, statement));
        return credential(Json.createObjectBuilder()
                        .add("clientDataJSON", Base64UrlUtil.encodeToString(clientData))
                        .add("attestationObject", Base64UrlUtil.encodeToString(attestationObject))
                        .add("transports", Json.createArrayBuilder().add("hybrid").add("internal")),
                Json.createObjectBuilder().add("credProps", Json.createObjectBuilder().add("rk", true)));
    }

    /** {@code AuthenticationResponseJSON} answering {@code options} ({@code PublicKeyCredentialRequestOptionsJSON}). */
    public JsonObject authenticate(JsonObject options, Gesture gesture) {
        signCount++;
        byte[] clientData = clientData(gesture.type() != null ? gesture.type() : "webauthn.get",
                gesture.challenge() != null ? gesture.challenge() : options.getString("challenge"), gesture.origin());
        byte[] authData = ByteBuffer.allocate(37)
                .put(sha256(gesture.rpId().getBytes(StandardCharsets.UTF_8)))
                .put(flags(gesture))
                .putInt((int) signCount)
                .array();
        byte[] signature = sign(concat(authData, sha256(clientData)), gesture.validSignature());
        byte[] handle = gesture.userHandle() != null ? gesture.userHandle() : userHandle;
        return credential(Json.createObjectBuilder()
                        .add("clientDataJSON", Base64UrlUtil.encodeToString(clientData))
                        .add("authenticatorData", Base64UrlUtil.encodeToString(authData))
                        .add("signature", Base64UrlUtil.encodeToString(signature))
                        .add("userHandle", Base64UrlUtil.encodeToString(handle)),
                Json.createObjectBuilder());
    }

    /** The {@code PublicKeyCredential} JSON around an authenticator {@code response}. */
    private JsonObject credential(JsonObjectBuilder response, JsonObjectBuilder clientExtensionResults) {
        return Json.createObjectBuilder()
                .add("id", credentialId())
                .add("rawId", credentialId())
                .add("type", "public-key")
                .add("authenticatorAttachment", "platform")
                .add("response", response)
                .add("clientExtensionResults", clientExtensionResults)
                .build();
    }

    private static byte flags(Gesture gesture) {
        int flags = (gesture.userPresent() ? AuthenticatorData.BIT_UP : 0)
                | (gesture.userVerified() ? AuthenticatorData.BIT_UV : 0)
                | (gesture.backupEligible() ? AuthenticatorData.BIT_BE : 0)
                | (gesture.backedUp() ? AuthenticatorData.BIT_BS : 0);
        return (byte) flags;
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("challenge", challenge)
                .add("origin", origin)
                .add("crossOrigin", false)
                .build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private COSEKey coseKey() {
        return switch (keyPair.getPublic()) {
            case ECPublicKey ec -> EC2COSEKey.create(ec, algorithm);
            case EdECPublicKey ed -> EdDSACOSEKey.create(ed, algorithm);
            case RSAPublicKey rsa -> RSACOSEKey.create(rsa, algorithm);
            default -> throw new IllegalStateException("unsupported key " + keyPair.getPublic());
        };
    }

    private byte[] sign(byte[] data, boolean valid) {
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm(algorithm));
            signature.initSign(keyPair.getPrivate());
            signature.update(data);
            if (!valid) {
                signature.update((byte) 1);
            }
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signatureAlgorithm(COSEAlgorithmIdentifier algorithm) {
        if (algorithm.equals(COSEAlgorithmIdentifier.ES256)) {
            return "SHA256withECDSA";
        } else if (algorithm.equals(COSEAlgorithmIdentifier.ES384)) {
            return "SHA384withECDSA";
        } else if (algorithm.equals(COSEAlgorithmIdentifier.EdDSA)) {
            return "Ed25519";
        } else if (algorithm.equals(COSEAlgorithmIdentifier.RS256)) {
            return "SHA256withRSA";
        }
        throw new IllegalArgumentException("unsupported algorithm " + algorithm);
    }

    private static KeyPair generate(COSEAlgorithmIdentifier algorithm) {
        try {
            if (algorithm.equals(COSEAlgorithmIdentifier.ES256) || algorithm.equals(COSEAlgorithmIdentifier.ES384)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec(algorithm.equals(COSEAlgorithmIdentifier.ES256) ? "secp256r1" : "secp384r1"));
                return generator.generateKeyPair();
            } else if (algorithm.equals(COSEAlgorithmIdentifier.EdDSA)) {
                return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } else if (algorithm.equals(COSEAlgorithmIdentifier.RS256)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("unsupported algorithm " + algorithm);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }
}
