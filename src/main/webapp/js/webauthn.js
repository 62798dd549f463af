// Passkey ceremonies in the browser: the hub's JSON options in, the credential's JSON out. Uses the WebAuthn
// Level 3 JSON helpers when the browser has them, and a small base64url fallback otherwise.

import { api } from "./api.js";

const hasJsonHelpers = typeof PublicKeyCredential !== "undefined"
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

function decode(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "===".slice((base64.length + 3) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
}

function encode(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function descriptors(list) {
    return (list || []).map((d) => ({ ...d, id: decode(d.id) }));
}

function creationOptions(json) {
    if (hasJsonHelpers) {
        return PublicKeyCredential.parseCreationOptionsFromJSON(json);
    }
    return { ...json, challenge: decode(json.challenge), user: { ...json.user, id: decode(json.user.id) },
        excludeCredentials: descriptors(json.excludeCredentials) };
}

function requestOptions(json) {
    if (hasJsonHelpers) {
        return PublicKeyCredential.parseRequestOptionsFromJSON(json);
    }
    return { ...json, challenge: decode(json.challenge), allowCredentials: descriptors(json.allowCredentials) };
}

function toJSON(credential) {
    if (typeof credential.toJSON === "function") {
        return credential.toJSON();
    }
    const response = credential.response;
    const json = { id: credential.id, rawId: encode(credential.rawId), type: credential.type,
        authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
        clientExtensionResults: credential.getClientExtensionResults(), response: {
            clientDataJSON: encode(response.clientDataJSON) } };
    if (response.attestationObject) {
        json.response.attestationObject = encode(response.attestationObject);
        json.response.transports = response.getTransports ? response.getTransports() : [];
    } else {
        json.response.authenticatorData = encode(response.authenticatorData);
        json.response.signature = encode(response.signature);
        if (response.userHandle) {
            json.response.userHandle = encode(response.userHandle);
        }
    }
    return json;
}

/** Whether this browser can use passkeys at all. */
export function supportsPasskeys() {
    return typeof PublicKeyCredential !== "undefined" && navigator.credentials;
}

/** Whether the browser offers passkeys in the username field's autofill. */
export async function supportsAutofill() {
    return supportsPasskeys() && typeof PublicKeyCredential.isConditionalMediationAvailable === "function"
        && PublicKeyCredential.isConditionalMediationAvailable();
}

/** Registers a passkey: `start` is the options call's body. Answers the hub's 201 body. */
export async function register(start) {
    const options = await api("POST", "/api/webauthn/registration/options", start);
    const credential = await navigator.credentials.create({ publicKey: creationOptions(options) });
    return api("POST", "/api/webauthn/registration", toJSON(credential));
}

/**
 * Signs in with a passkey. `username` may be empty (any passkey of the hub); `mediation` "conditional" waits
 * for the person to pick a passkey in the username field's autofill; `signal` aborts the wait.
 */
export async function signIn({ username, mediation, signal } = {}) {
    const options = await api("POST", "/api/webauthn/authentication/options", username ? { username } : {});
    const request = { publicKey: requestOptions(options) };
    if (mediation) {
        request.mediation = mediation;
    }
    if (signal) {
        request.signal = signal;
    }
    const credential = await navigator.credentials.get(request);
    return api("POST", "/api/webauthn/authentication", toJSON(credential));
}
