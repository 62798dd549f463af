// The create-account page: a username, an optional name, and a new passkey.

import { describe } from "./messages.js";
import { show } from "./status.js";
import { register, supportsPasskeys } from "./webauthn.js";

const form = document.getElementById("register");
const button = document.getElementById("register-button");
const username = document.getElementById("username");

form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!username.value.trim()) {
        show("Choose a username.", "error");
        username.focus();
        return;
    }
    button.disabled = true;
    show("Follow your device's prompt to create your passkey…");
    try {
        await register({ username: username.value.trim(), displayName: form.elements.displayName.value.trim() });
        window.location.assign("/account.html");
    } catch (error) {
        show(describe(error, "create"), "error");
        button.disabled = false;
        if (error.type === "username-taken" || error.type === "invalid-username") {
            username.focus();
        }
    }
});

if (!supportsPasskeys()) {
    show("This browser cannot use passkeys. Please use an up-to-date browser.", "error");
    button.disabled = true;
}
