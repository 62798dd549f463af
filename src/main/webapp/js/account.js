// The account page: who is signed in, their passkeys (rename, delete, add), and signing out.

import { api } from "./api.js";
import { authenticatorName } from "./authenticators.js";
import { describe } from "./messages.js";
import { clear, show } from "./status.js";
import { register } from "./webauthn.js";

const list = document.getElementById("passkeys");
const template = document.getElementById("passkey-template");
const dates = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function toSignIn(reason) {
    window.location.assign(`/?reason=${reason}`);
}

/** Runs `action`; a session that ended on the way sends the page back to sign-in. */
async function guarded(action) {
    try {
        return await action();
    } catch (error) {
        if (error.status === 401) {
            toSignIn("ended");
            return undefined;
        }
        throw error;
    }
}

function describeKind(passkey) {
    const provider = authenticatorName(passkey.aaguid);
    const where = passkey.backedUp ? "Synced passkey" : passkey.backupEligible ? "Passkey, not yet synced" : "Device-bound passkey";
    return provider ? `${where} · ${provider}` : where;
}

function render(passkeys) {
    list.replaceChildren(...passkeys.map((passkey) => {
        const item = template.content.firstElementChild.cloneNode(true);
        item.dataset.id = passkey.id;
        item.querySelector(".passkey-label").textContent = passkey.label;
        item.querySelector(".passkey-kind").textContent = describeKind(passkey);
        const used = passkey.lastUsedAt ? `last used ${dates.format(new Date(passkey.lastUsedAt))}` : "never used to sign in";
        item.querySelector(".passkey-dates").textContent = `Added ${dates.format(new Date(passkey.createdAt))}, ${used}`;

        const renameForm = item.querySelector(".rename");
        const input = renameForm.elements.label;
        const renameButton = item.querySelector(".rename-button");
        const deleteButton = item.querySelector(".delete-button");
        renameButton.setAttribute("aria-label", `Rename ${passkey.label}`);
        deleteButton.setAttribute("aria-label", `Delete ${passkey.label}`);
        input.setAttribute("aria-label", `New name for ${passkey.label}`);

        renameButton.addEventListener("click", () => {
            renameForm.hidden = false;
            input.value = passkey.label;
            input.focus();
            input.select();
        });
        renameForm.querySelector(".cancel").addEventListener("click", () => {
            renameForm.hidden = true;
            renameButton.focus();
        });
        renameForm.addEventListener("submit", async (event) => {
            event.preventDefault();
            try {
                await guarded(() => api("PATCH", `/api/passkeys/${encodeURIComponent(passkey.id)}`, { label: input.value }));
                show("Passkey renamed.", "ok");
                await refresh();
            } catch (error) {
                show(describe(error), "error");
                input.focus();
            }
        });
        deleteButton.addEventListener("click", async () => {
            if (!window.confirm(`Delete the passkey "${passkey.label}"? You will no longer be able to sign in with it.`)) {
                return;
            }
            try {
                await guarded(() => api("DELETE", `/api/passkeys/${encodeURIComponent(passkey.id)}`));
                show("Passkey deleted.", "ok");
                await refresh();
            } catch (error) {
                show(describe(error), "error");
            }
        });
        return item;
    }));
}

async function refresh() {
    const passkeys = await guarded(() => api("GET", "/api/passkeys"));
    if (passkeys) {
        render(passkeys);
    }
}

document.getElementById("add-passkey").addEventListener("click", async () => {
    show("Follow your device's prompt to create another passkey…");
    try {
        await guarded(() => register({}));
        show("Passkey added.", "ok");
        await refresh();
    } catch (error) {
        show(describe(error, "create"), "error");
    }
});

document.getElementById("sign-out").addEventListener("click", async () => {
    try {
        await api("DELETE", "/api/session");
    } finally {
        toSignIn("signed-out");
    }
});

async function start() {
    const session = await guarded(() => api("GET", "/api/session"));
    if (!session) {
        return;
    }
    document.getElementById("greeting-name").textContent = `, ${session.displayName}`;
    document.getElementById("username").textContent = session.username;
    document.getElementById("expiry").textContent = `This session lasts until ${dates.format(new Date(session.expiresAt))}.`;
    clear();
    await refresh();
}

start();
