package com.unggulaxiom.hub.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A passkey registered to an account: the credential's public key and what the hub has learnt of the
 * authenticator (counter, backup flags, transports) at registration and at each sign-in.
 */
@Entity
@Table(name = "passkey")
@NamedQuery(name = Passkey.BY_CREDENTIAL_ID, query = "SELECT p FROM Passkey p JOIN FETCH p.account WHERE p.credentialId = :credentialId")
@NamedQuery(name = Passkey.OF_USERNAME, query = "SELECT p FROM Passkey p JOIN FETCH p.account a WHERE a.username = :username ORDER BY p.id")
@NamedQuery(name = Passkey.OF_ACCOUNT, query = "SELECT p FROM Passkey p WHERE p.account.id = :accountId ORDER BY p.id")
public class Passkey {

    static final String BY_CREDENTIAL_ID = "Passkey.byCredentialId";
    static final String OF_ACCOUNT = "Passkey.ofAccount";
    static final String OF_USERNAME = "Passkey.ofUsername";

    @Id
    @TableGenerator(name = "passkey-ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "passkey", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "passkey-ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "credential_id", nullable = false, updatable = false)
    private byte[] credentialId;

    @Column(name = "public_key", nullable = false, updatable = false)
    private byte[] publicKey;

    @Column(nullable = false, updatable = false)
    private int algorithm;

    @Column(name = "sign_count", nullable = false)
    private long signCount;

    @Column(nullable = false, updatable = false)
    private String transports;

    @Column(nullable = false, updatable = false)
    private String aaguid;

    @Column(name = "backup_eligible", nullable = false, updatable = false)
    private boolean backupEligible;

    @Column(name = "backed_up", nullable = false)
    private boolean backedUp;

    @Column(name = "uv_initialized", nullable = false)
    private boolean uvInitialized;

    @Column(name = "attestation_format", nullable = false, updatable = false)
    private String attestationFormat;

    @Column(nullable = false)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected Passkey() {
    }

    /** A new passkey of {@code account}, as the registration ceremony verified it. */
    public Passkey(Account account, NewPasskey credential, String label, Instant createdAt) {
        this.account = account;
        this.credentialId = credential.credentialId().clone();
        this.publicKey = credential.publicKey().clone();
        this.algorithm = credential.algorithm();
        this.signCount = credential.signCount();
        this.transports = String.join(",", credential.transports());
        this.aaguid = credential.aaguid();
        this.backupEligible = credential.backupEligible();
        this.backedUp = credential.backedUp();
        this.uvInitialized = credential.uvInitialized();
        this.attestationFormat = credential.attestationFormat();
        this.label = label;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /** Records a verified sign-in: the new counter, the current backup state and user verification, the time. */
    void recordSignIn(long newSignCount, boolean nowBackedUp, boolean userVerified, Instant at) {
        signCount = newSignCount;
        backedUp = nowBackedUp;
        uvInitialized = uvInitialized || userVerified;
        lastUsedAt = at.atOffset(ZoneOffset.UTC);
    }

    void rename(String newLabel) {
        label = newLabel;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public int algorithm() {
        return algorithm;
    }

    public long signCount() {
        return signCount;
    }

    public List<String> transports() {
        return transports.isEmpty() ? List.of() : Arrays.asList(transports.split(","));
    }

    public String aaguid() {
        return aaguid;
    }

    public boolean backupEligible() {
        return backupEligible;
    }

    public boolean backedUp() {
        return backedUp;
    }

    public boolean uvInitialized() {
        return uvInitialized;
    }

    public String attestationFormat() {
        return attestationFormat;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** When it last signed in; null before its first sign-in. */
    public Instant lastUsedAt() {
        return lastUsedAt == null ? null : lastUsedAt.toInstant();
    }
}
