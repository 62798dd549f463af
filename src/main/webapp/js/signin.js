// The sign-in page: the modal passkey prompt on the button, and passkeys offered in the username field's
// autofill (conditional mediation) while the page is open.

import { api } from "./api.js";
import { describe } from "./messages.js";
import { show } from "./status.js";
import { signIn, supportsAutofill, supportsPasskeys } from "./webauthn.js";

const form = document.getElementById("sign-in");
const username = document.getElementById("username");
const button = document.getElementById("sign-in-button");
let autofill = null;

const reasons = {
    ended: "Your session has ended. Please sign in again.",
    "signed-out": "You are signed out.",
};

function signedIn() {
    window.location.assign("/account.html");
}

async function offerAutofill() {
    if (!(await supportsAutofill())) {
        return;
    }
    autofill = new AbortController();
    try {
        await signIn({ mediation: "conditional", signal: autofill.signal });
        signedIn();
    } catch (error) {
        if (error.name !== "AbortError") {
            show(describe(error), "error");
        }
    }
}

form.addEventListener("submit", async (event) => {
    event.preventDefault();
    autofill?.abort();
    button.disabled = true;
    show("Follow your device's prompt to use your passkey…");
    try {
        await signIn({ username: username.value.trim() });
        signedIn();
    } catch (error) {
        show(describe(error), "error");
        button.disabled = false;
        button.focus();
        offerAutofill();
    }
});

async function start() {
    const reason = new URLSearchParams(window.location.search).get("reason");
    if (reasons[reason]) {
        show(reasons[reason], reason === "ended" ? "error" : "info");
    }
    if (!supportsPasskeys()) {
        show("This browser cannot use passkeys. Please use an up-to-date browser.", "error");
        button.disabled = true;
        return;
    }
    try {
        await api("GET", "/api/session");
        signedIn();
        return;
    } catch {
        // Not signed in: stay.
    }
    offerAutofill();
}

start();
