package com.unggulaxiom.hub.session;

import com.unggulaxiom.hub.account.PasskeyRemoval;
import com.unggulaxiom.hub.web.GridCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * Sessions ended before their tokens expire, in Payara's clustered data grid so that every instance refuses
 * them at once: tokens by {@code jti} (sign-out), and every token signed in with a deleted passkey. An entry
 * lives as long as a token can, then goes, since the token it refuses has expired by then.
 */
@ApplicationScoped
public class RevokedSessions {

    static final String CACHE_NAME = "axiom-hub-revoked-sessions";
    private static final String TOKEN = "jti:";
    private static final String PASSKEY = "pk:";

    @Inject
    CacheManager cacheManager;

    @Inject
    SessionConfig sessionConfig;

    private Cache<String, Boolean> revoked;

    /**
     * At most this many ended sessions are remembered at once. Eviction beyond it would let an ended session
     * back in, so it is far above what sign-outs within one session lifetime can reach (some 100 MB of grid).
     */
    static final int CAPACITY = 1_000_000;

    /** Opens (or, first in the cluster, creates) the grid's cache; once, at start-up. */
    public void open() {
        // Entries must outlive every token issued before them: a token lives at most the session lifetime.
        revoked = GridCache.open(cacheManager, CACHE_NAME, Boolean.class,
                sessionConfig.settings().lifetime().plusMinutes(1), CAPACITY);
    }

    /** Ends the session of the token {@code jti}. */
    public void revokeToken(String jti) {
        revoked.put(TOKEN + jti, Boolean.TRUE);
    }

    /** Whether a token with this id, signed in with this passkey, has been ended. One round trip to the grid. */
    public boolean isRevoked(String jti, String credentialId) {
        Set<String> keys = credentialId == null ? Set.of(TOKEN + jti) : Set.of(TOKEN + jti, PASSKEY + credentialId);
        return !revoked.getAll(keys).isEmpty();
    }

    /** A deleted passkey ends every session signed in with it. */
    void onPasskeyRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasskeyRemoval removal) {
        revoked.put(PASSKEY + removal.credentialId(), Boolean.TRUE);
    }
}
