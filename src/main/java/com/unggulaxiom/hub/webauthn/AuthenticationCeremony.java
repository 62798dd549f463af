package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.account.Account;
import com.unggulaxiom.hub.account.AccountStore;
import com.unggulaxiom.hub.account.Names;
import com.unggulaxiom.hub.account.Passkey;
import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The authentication ceremony (WebAuthn L3 §7.2): request options, then verification of the assertion. */
@ApplicationScoped
public class AuthenticationCeremony {

    private static final String HMAC = "HmacSHA256";

    /**
     * Key for the stand-in credential ids offered for usernames without an account, so that the options for a
     * name look the same on every call whether or not the account exists. It is made at each start of an
     * instance: two instances answer differently for the same unknown name (a known limit).
     */
    private final SecretKeySpec standInKey;

    @Inject
    RelyingPartyConfig relyingPartyConfig;

    @Inject
    ChallengeStore challenges;

    @Inject
    CredentialVerifier verifier;

    @Inject
    AccountStore accounts;

    public AuthenticationCeremony() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        standInKey = new SecretKeySpec(key, HMAC);
    }

    /**
     * {@code PublicKeyCredentialRequestOptionsJSON} for {@code username}, or (null) for a discoverable / autofill
     * sign-in with an empty {@code allowCredentials}. The answer has the same shape whether the name exists or not.
     */
    public JsonObject start(String username) {
        String name = username == null ? null : Names.username(username);
        JsonArray allowCredentials;
        if (name == null) {
            allowCredentials = JsonArray.EMPTY_JSON_ARRAY;
        } else {
            // One query whether or not the account exists, so that the two cases also take the same time.
            List<Passkey> passkeys = accounts.passkeysOf(name);
            allowCredentials = passkeys.isEmpty() ? standInDescriptors(name) : descriptors(passkeys);
        }
        byte[] challenge = challenges.issue(Ceremony.signIn(name));
        RelyingParty relyingParty = relyingPartyConfig.relyingParty();
        return Json.createObjectBuilder()
                .add("challenge", Base64UrlUtil.encodeToString(challenge))
                .add("timeout", relyingParty.challengeLifetime().toMillis())
                .add("rpId", relyingParty.id())
                .add("allowCredentials", allowCredentials)
                .add("userVerification", relyingParty.userVerification())
                .build();
    }

    /** A verified sign-in: the account, and the passkey it was made with. */
    public record SignedIn(Account account, Passkey passkey) {
    }

    /** Verifies an assertion ({@code AuthenticationResponseJSON}) and records the sign-in. */
    public SignedIn finish(String authenticationResponseJson) {
        AuthenticationData authentication = verifier.parseAuthentication(authenticationResponseJson);
        // §7.2 step 10/12: the challenge names the ceremony and is taken once, even if verification then fails.
        byte[] challenge = authentication.getCollectedClientData().getChallenge().getValue();
        Ceremony ceremony = challenges.take(Base64UrlUtil.encodeToString(challenge))
                .filter(taken -> taken.kind() == Ceremony.Kind.AUTHENTICATION)
                .orElseThrow(() -> new RefusedException(Refusal.CHALLENGE_UNKNOWN,
                        "This sign-in's challenge is unknown, used or expired; start again."));

        // §7.2 step 5/6: identify the passkey and its owner.
        Passkey passkey = accounts.findPasskey(authentication.getCredentialId())
                .orElseThrow(() -> new RefusedException(Refusal.CREDENTIAL_UNKNOWN,
                        "This passkey is not registered with the hub (it may have been deleted)."));
        Account account = passkey.account();
        if (ceremony.username() != null && !ceremony.username().equals(account.username())) {
            throw new RefusedException(Refusal.CREDENTIAL_NOT_ALLOWED, "This passkey is not one of the named account's.");
        }
        byte[] userHandle = authentication.getUserHandle();
        boolean handleGiven = userHandle != null && userHandle.length > 0;
        if (handleGiven ? !Arrays.equals(userHandle, account.userHandle()) : ceremony.username() == null) {
            throw new RefusedException(Refusal.USER_HANDLE_MISMATCH,
                    handleGiven ? "The passkey's user handle is not its account's." : "A discoverable sign-in needs the user handle.");
        }

        verifier.verifyAuthentication(authentication, challenge, passkey, relyingPartyConfig.relyingParty());

        // §7.2 steps 21-22: refresh the counter and the backup state, in one transaction.
        AuthenticatorData<?> data = authentication.getAuthenticatorData();
        return new SignedIn(account, accounts.recordSignIn(passkey.id(), data.getSignCount(), data.isFlagBS(), data.isFlagUV()));
    }

    /** {@code PublicKeyCredentialDescriptorJSON}s of {@code passkeys}. */
    static JsonArray descriptors(List<Passkey> passkeys) {
        JsonArrayBuilder descriptors = Json.createArrayBuilder();
        for (Passkey passkey : passkeys) {
            JsonArrayBuilder transports = Json.createArrayBuilder();
            passkey.transports().forEach(transports::add);
            descriptors.add(Json.createObjectBuilder()
                    .add("type", "public-key")
                    .add("id", Base64UrlUtil.encodeToString(passkey.credentialId()))
                    .add("transports", transports));
        }
        return descriptors.build();
    }

    private JsonArray standInDescriptors(String username) {
        byte[] id;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(standInKey);
            id = mac.doFinal(username.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "public-key")
                .add("id", Base64UrlUtil.encodeToString(id))
                .add("transports", Json.createArrayBuilder().add("hybrid").add("internal"))).build();
    }
}
