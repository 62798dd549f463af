package com.unggulaxiom.hub.session;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.unggulaxiom.hub.account.Account;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues the hub's session tokens: ES256 JWTs, signed with nimbus-jose-jwt, that MicroProfile JWT verifies
 * (here and in the site's other services). A new token, with a new {@code jti}, on every sign-in.
 */
@ApplicationScoped
public class SessionTokens {

    /** The role every signed-in person has; resources are guarded with {@code @RolesAllowed(USER)}. */
    public static final String USER = "user";

    /** Claim naming the passkey (its credential id) the session was signed in with. */
    public static final String PASSKEY_CLAIM = "pk";

    /** Claim with the account's display name, so that the session answer needs no database read. */
    public static final String NAME_CLAIM = "name";

    private final Clock clock = Clock.systemUTC();

    @Inject
    SessionConfig sessionConfig;

    @Inject
    SigningKeys signingKeys;

    private volatile JWSSigner signer;
    private volatile ECKey signerKey;

    /** A token issued: the compact JWT, its id and its expiry. */
    public record Issued(String token, String id, Instant expiresAt) {
    }

    /** Issues a session for {@code account}, signed in with the passkey {@code credentialId} (base64url). */
    public Issued issue(Account account, String credentialId) {
        SessionConfig.Settings settings = sessionConfig.settings();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.lifetime());
        String id = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(Base64UrlUtil.encodeToString(account.userHandle()))
                .claim("upn", account.username())
                .claim(NAME_CLAIM, account.displayName())
                .claim("groups", List.of(USER))
                .claim(PASSKEY_CLAIM, credentialId)
                .jwtID(id)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .build();
        ECKey key = signingKeys.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signerFor(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a session token", e);
        }
        return new Issued(jwt.serialize(), id, expiresAt);
    }

    /** The signer of {@code key}, made once (the key does not change while the hub runs). */
    private JWSSigner signerFor(ECKey key) throws JOSEException {
        if (signerKey != key) {
            signer = new ECDSASigner(key);
            signerKey = key;
        }
        return signer;
    }
}
