package com.unggulaxiom.hub.account;

/** Fired when a passkey is deleted, so that the sessions signed in with it end too. */
public record PasskeyRemoval(String credentialId) {
}
