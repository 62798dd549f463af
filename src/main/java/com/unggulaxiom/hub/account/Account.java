package com.unggulaxiom.hub.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A person's account: a username, the name shown to them, and the WebAuthn user handle their passkeys carry. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.BY_USER_HANDLE, query = "SELECT a FROM Account a WHERE a.userHandle = :userHandle")
public class Account {

    static final String BY_USERNAME = "Account.byUsername";
    static final String BY_USER_HANDLE = "Account.byUserHandle";

    @Id
    @TableGenerator(name = "account-ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "account", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account-ids")
    private Long id;

    @Column(name = "user_handle", nullable = false, updatable = false)
    private byte[] userHandle;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Account() {
    }

    Account(byte[] userHandle, String username, String displayName, Instant createdAt) {
        this.userHandle = userHandle.clone();
        this.username = username;
        this.displayName = displayName;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public byte[] userHandle() {
        return userHandle.clone();
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
