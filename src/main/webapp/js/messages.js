// What to tell a person when something goes wrong, for each error a browser or the hub can give.

const byProblem = {
    "username-taken": "That username is taken. Choose another one.",
    "invalid-username": "Usernames have 3 to 64 characters: letters a–z, digits and . _ - @ +.",
    "invalid-display-name": "Your name can have at most 64 characters.",
    "invalid-label": "A passkey name has 1 to 64 characters.",
    "user-verification-required": "This security key cannot check who you are (no PIN or fingerprint). Use a passkey on your phone or computer, or a key with a PIN.",
    "credential-unknown": "This passkey is not registered here any more. Use another one, or create an account.",
    "credential-not-allowed": "This passkey belongs to another account.",
    "credential-already-registered": "This passkey is already registered.",
    "counter-regression": "This passkey was refused because it may have been copied. Use another passkey.",
    "challenge-unknown": "That took too long. Please try again.",
    "last-passkey": "This is your only passkey. Add another one before you delete it, or you could not sign in.",
    "unauthenticated": "Your session has ended. Please sign in again.",
    "cross-site-request": "This request did not come from this site and was refused.",
};

/**
 * A sentence for `error` (a DOMException from the browser or an ApiError from the hub); `ceremony` is "create"
 * while making a passkey, "get" (the default) while signing in.
 */
export function describe(error, ceremony = "get") {
    if (error?.type && byProblem[error.type]) {
        return byProblem[error.type];
    }
    switch (error?.name) {
        case "NotAllowedError":
            return ceremony === "create"
                ? "No passkey was created: the prompt was closed or timed out, or this device or security key cannot make a passkey this site accepts (one that checks your face, fingerprint or PIN)."
                : "The passkey prompt was closed or timed out, or there is no passkey for this site on this device.";
        case "InvalidStateError":
            return "A passkey for this account is already on this device.";
        case "SecurityError":
            return "Passkeys cannot be used on this address.";
        case "NotSupportedError":
            return "This device cannot create a passkey of a kind the hub accepts.";
        case "AbortError":
            return "The passkey request was cancelled.";
        default:
            return error?.message || "Something went wrong. Please try again.";
    }
}
