package com.unggulaxiom.hub.account;

import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts and passkeys in the database; every method that writes is one transaction. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "axiom-hub")
    EntityManager entityManager;

    @Inject
    Event<PasskeyRemoval> removals;

    /** The label of a new account's passkey until its owner renames it. */
    static final String FIRST_LABEL = "Passkey";

    private final Clock clock = Clock.systemUTC();

    public Optional<Account> findByUsername(String username) {
        return entityManager.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public Optional<Account> findByUserHandle(byte[] userHandle) {
        return entityManager.createNamedQuery(Account.BY_USER_HANDLE, Account.class)
                .setParameter("userHandle", userHandle).getResultStream().findFirst();
    }

    /** The passkey with {@code credentialId}, with its account. */
    public Optional<Passkey> findPasskey(byte[] credentialId) {
        return entityManager.createNamedQuery(Passkey.BY_CREDENTIAL_ID, Passkey.class)
                .setParameter("credentialId", credentialId).getResultStream().findFirst();
    }

    /** The passkeys of the account named {@code username}, in one query: none when there is no such account. */
    public List<Passkey> passkeysOf(String username) {
        return entityManager.createNamedQuery(Passkey.OF_USERNAME, Passkey.class)
                .setParameter("username", username).getResultList();
    }

    public List<Passkey> passkeysOf(Account account) {
        return entityManager.createNamedQuery(Passkey.OF_ACCOUNT, Passkey.class)
                .setParameter("accountId", account.id()).getResultList();
    }

    /**
     * Creates an account with its first passkey, in one transaction.
     *
     * @throws UsernameTakenException when another account took the username since the ceremony began
     */
    @Transactional
    public Passkey createAccount(byte[] userHandle, String username, String displayName, NewPasskey credential) {
        if (findByUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        Instant now = clock.instant();
        Account account = new Account(userHandle, username, displayName, now);
        Passkey passkey = new Passkey(account, credential, FIRST_LABEL, now);
        entityManager.persist(account);
        entityManager.persist(passkey);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                // The unique constraint saw a concurrent registration of the same name win the race.
                throw new UsernameTakenException(username);
            }
            throw e;
        }
        return passkey;
    }

    /** Whether {@code failure} was caused by an integrity constraint (SQLSTATE class 23). */
    private static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Adds a passkey to an existing account, labelled by its place among the account's passkeys. */
    @Transactional
    public Passkey addPasskey(long accountId, NewPasskey credential) {
        Account account = entityManager.find(Account.class, accountId);
        String label = FIRST_LABEL + " " + (passkeysOf(account).size() + 1);
        Passkey passkey = new Passkey(account, credential, label, clock.instant());
        entityManager.persist(passkey);
        return passkey;
    }

    /**
     * Renames the passkey {@code credentialId} of {@code account}.
     *
     * @throws RefusedException when the account has no such passkey
     */
    @Transactional
    public Passkey renamePasskey(Account account, byte[] credentialId, String label) {
        Passkey passkey = ownPasskey(account, credentialId);
        passkey.rename(label);
        return passkey;
    }

    /**
     * Deletes the passkey {@code credentialId} of {@code account}, and announces it so that the sessions signed
     * in with it end.
     *
     * @throws RefusedException when the account has no such passkey, or it is the account's last one
     */
    @Transactional
    public void deletePasskey(Account account, byte[] credentialId) {
        Passkey passkey = ownPasskey(account, credentialId);
        // Lock the account's row, so that two deletions at once cannot both see a second passkey.
        entityManager.find(Account.class, account.id(), LockModeType.PESSIMISTIC_WRITE);
        if (passkeysOf(account).size() <= 1) {
            throw new RefusedException(Refusal.LAST_PASSKEY,
                    "This is the account's only passkey; add another before deleting it, or you could not sign in.");
        }
        entityManager.remove(passkey);
        removals.fire(new PasskeyRemoval(Base64UrlUtil.encodeToString(credentialId)));
    }

    private Passkey ownPasskey(Account account, byte[] credentialId) {
        return findPasskey(credentialId)
                .filter(passkey -> passkey.account().id().equals(account.id()))
                .orElseThrow(() -> new RefusedException(Refusal.PASSKEY_NOT_FOUND, "This account has no such passkey."));
    }

    /** Records a verified sign-in with the passkey: counter, backup state, user verification and time. */
    @Transactional
    public Passkey recordSignIn(long passkeyId, long signCount, boolean backedUp, boolean userVerified) {
        Passkey passkey = entityManager.find(Passkey.class, passkeyId);
        passkey.recordSignIn(signCount, backedUp, userVerified, clock.instant());
        return passkey;
    }
}
