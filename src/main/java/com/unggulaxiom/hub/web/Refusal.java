package com.unggulaxiom.hub.web;

/**
 * Every cause for which the hub refuses a request it understood, each with the problem {@code type} slug
 * clients can rely on, its HTTP status and a title. {@link RefusedException} carries one; it is mapped once.
 */
public enum Refusal {

    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    BODY_TOO_LARGE("body-too-large", 413, "Request body too large"),
    INVALID_USERNAME("invalid-username", 400, "Invalid username"),
    INVALID_DISPLAY_NAME("invalid-display-name", 400, "Invalid display name"),
    USERNAME_TAKEN("username-taken", 409, "Username taken"),
    CREDENTIAL_ALREADY_REGISTERED("credential-already-registered", 409, "Passkey already registered"),

    UNAUTHENTICATED("unauthenticated", 401, "Not signed in"),
    CROSS_SITE_REQUEST("cross-site-request", 403, "Cross-site request refused"),
    PASSKEY_NOT_FOUND("passkey-not-found", 404, "No such passkey"),
    LAST_PASSKEY("last-passkey", 409, "The last passkey cannot be deleted"),
    INVALID_LABEL("invalid-label", 400, "Invalid passkey label"),

    // WebAuthn L3 §7.1 (registration) and §7.2 (authentication) verification steps.
    CHALLENGE_UNKNOWN("challenge-unknown", 400, "Unknown or expired challenge"),
    TYPE_MISMATCH("type-mismatch", 400, "Wrong ceremony type"),
    ORIGIN_MISMATCH("origin-mismatch", 400, "Origin not allowed"),
    RP_MISMATCH("rp-mismatch", 400, "Relying party mismatch"),
    USER_PRESENCE_REQUIRED("user-presence-required", 400, "User presence required"),
    USER_VERIFICATION_REQUIRED("user-verification-required", 400, "User verification required"),
    ALGORITHM_NOT_ALLOWED("algorithm-not-allowed", 400, "Algorithm not allowed"),
    ATTESTATION_INVALID("attestation-invalid", 400, "Invalid attestation"),
    SIGNATURE_INVALID("signature-invalid", 400, "Invalid signature"),
    COUNTER_REGRESSION("counter-regression", 400, "Signature counter went backwards"),
    BACKUP_STATE_INVALID("backup-state-invalid", 400, "Inconsistent backup flags"),
    CREDENTIAL_UNKNOWN("credential-unknown", 400, "Unknown passkey"),
    CREDENTIAL_NOT_ALLOWED("credential-not-allowed", 400, "Passkey not allowed for this sign-in"),
    USER_HANDLE_MISMATCH("user-handle-mismatch", 400, "Passkey belongs to another account"),
    VERIFICATION_FAILED("verification-failed", 400, "Verification failed");

    private final String slug;
    private final int status;
    private final String title;

    Refusal(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    /** The problem answer for this cause, with {@code detail} for this occurrence. */
    public Problem problem(String detail) {
        return Problem.of(slug, title, status, detail);
    }
}
