package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.web.GridCache;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * The ceremony challenges, in Payara's clustered data grid (JCache on Hazelcast) so that any instance can finish
 * a ceremony another began. A challenge is the key of its ceremony, lives for the configured lifetime from its
 * creation, can be taken once (an atomic remove, also across instances), and the grid keeps at most the
 * configured number of them, dropping the least recently used first.
 */
@ApplicationScoped
public class ChallengeStore {

    static final String CACHE_NAME = "axiom-hub-challenges";

    /** 32 random bytes: WebAuthn §13.4.3 asks for at least 16. */
    private static final int CHALLENGE_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Inject
    CacheManager cacheManager;

    @Inject
    RelyingPartyConfig relyingPartyConfig;

    private Cache<String, String> challenges;

    /** Opens (or, first in the cluster, creates) the grid's cache; once, at start-up. */
    public void open() {
        RelyingParty relyingParty = relyingPartyConfig.relyingParty();
        challenges = GridCache.open(cacheManager, CACHE_NAME, String.class,
                relyingParty.challengeLifetime(), relyingParty.challengeCapacity());
    }

    /** Issues a new challenge for {@code ceremony}; its base64url form is the key of the ceremony. */
    public byte[] issue(Ceremony ceremony) {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        random.nextBytes(challenge);
        challenges.put(Base64UrlUtil.encodeToString(challenge), ceremony.toJson());
        return challenge;
    }

    /** Takes the ceremony of {@code challenge} (base64url): once only, and only while it lives. */
    public Optional<Ceremony> take(String challenge) {
        String ceremony = challenges.getAndRemove(challenge);
        return Optional.ofNullable(ceremony).map(Ceremony::fromJson);
    }
}
