-- Accounts and their passkeys. Written in the SQL that H2 2.x and PostgreSQL 15+ both accept.

-- Identifiers are handed out in blocks from this table (JPA table generator): plain SQL on every database,
-- safe with several instances of the hub.
CREATE TABLE id_block (
    name       VARCHAR(32) PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
INSERT INTO id_block (name, next_value) VALUES ('account', 0), ('passkey', 0);

CREATE TABLE account (
    id           BIGINT       PRIMARY KEY,
    -- WebAuthn user handle: random bytes, never derived from the username.
    user_handle  BYTEA        NOT NULL,
    -- Normalised (NFKC, lower case); unique.
    username     VARCHAR(64)  NOT NULL,
    display_name VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_user_handle_unique UNIQUE (user_handle),
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE passkey (
    id                 BIGINT       PRIMARY KEY,
    account_id         BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    credential_id      BYTEA        NOT NULL,
    -- The credential public key as the authenticator gave it (COSE_Key, CBOR).
    public_key         BYTEA        NOT NULL,
    -- COSE algorithm identifier: -7 ES256, -8 EdDSA, -257 RS256.
    algorithm          INTEGER      NOT NULL,
    sign_count         BIGINT       NOT NULL,
    -- Comma-separated AuthenticatorTransport values, as the browser reported them.
    transports         VARCHAR(255) NOT NULL,
    aaguid             VARCHAR(36)  NOT NULL,
    backup_eligible    BOOLEAN      NOT NULL,
    backed_up          BOOLEAN      NOT NULL,
    uv_initialized     BOOLEAN      NOT NULL,
    attestation_format VARCHAR(32)  NOT NULL,
    label              VARCHAR(64)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT passkey_credential_id_unique UNIQUE (credential_id)
);

CREATE INDEX passkey_account_id ON passkey (account_id);
