package com.unggulaxiom.hub.session;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PEM blocks of EC keys (RFC 7468): {@code PRIVATE KEY} (PKCS#8) and {@code PUBLIC KEY} (SubjectPublicKeyInfo).
 * Written by hand because it is a base64 block between two marker lines: the JDK decodes the keys themselves,
 * and the JOSE library's PEM support would bring BouncyCastle (some 8 MB) into the WAR for these few lines.
 */
final class Pem {

    private Pem() {
    }

    static Optional<ECPrivateKey> privateKey(String pem) throws GeneralSecurityException {
        Optional<byte[]> der = block(pem, "PRIVATE KEY");
        if (der.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der.get())));
    }

    static Optional<ECPublicKey> publicKey(String pem) throws GeneralSecurityException {
        Optional<byte[]> der = block(pem, "PUBLIC KEY");
        if (der.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der.get())));
    }

    static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static Optional<byte[]> block(String pem, String label) {
        Matcher matcher = Pattern.compile("-----BEGIN " + label + "-----([A-Za-z0-9+/=\\s]+)-----END " + label + "-----").matcher(pem);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(Base64.getMimeDecoder().decode(matcher.group(1)));
    }
}
