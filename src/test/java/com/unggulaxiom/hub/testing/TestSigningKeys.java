package com.unggulaxiom.hub.testing;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;

/** Session signing keys for tests that configure the hub's key themselves, in the PEM form the hub reads. */
public final class TestSigningKeys {

    private TestSigningKeys() {
    }

    /** A new P-256 key pair. */
    public static KeyPair p256() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(Curve.P_256.toECParameterSpec());
        return generator.generateKeyPair();
    }

    /** The value of {@code axiom.session.signing-key}: the PRIVATE KEY and its PUBLIC KEY. */
    public static String signingKeyPem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + publicKeyPem(pair);
    }

    /** The value of {@code axiom.session.previous-public-key}. */
    public static String publicKeyPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** The key id the hub gives the key: its RFC 7638 thumbprint. */
    public static String keyId(KeyPair pair) throws Exception {
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).keyIDFromThumbprint().build().getKeyID();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
