package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.account.Account;
import com.unggulaxiom.hub.account.AccountStore;
import com.unggulaxiom.hub.account.Names;
import com.unggulaxiom.hub.account.NewPasskey;
import com.unggulaxiom.hub.account.Passkey;
import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.List;

/** The registration ceremony (WebAuthn L3 §7.1): creation options, then verification and storage of the passkey. */
@ApplicationScoped
public class RegistrationCeremony {

    /** 32 random bytes: the user handle never carries anything about the person (§14.6.1). */
    private static final int USER_HANDLE_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Inject
    RelyingPartyConfig relyingPartyConfig;

    @Inject
    ChallengeStore challenges;

    @Inject
    CredentialVerifier verifier;

    @Inject
    AccountStore accounts;

    /** A registered passkey and its account. */
    public record Registered(Account account, Passkey passkey) {
    }

    /**
     * Options to create the first passkey of a new account named {@code username}.
     *
     * @throws RefusedException when a name is invalid or the username is taken
     */
    public JsonObject startForNewAccount(String username, String displayName) {
        String name = Names.username(username);
        String shownName = Names.displayName(displayName, name);
        if (accounts.findByUsername(name).isPresent()) {
            throw new RefusedException(Refusal.USERNAME_TAKEN, "The username '" + name + "' is taken; choose another.");
        }
        byte[] userHandle = new byte[USER_HANDLE_BYTES];
        random.nextBytes(userHandle);
        String handle = Base64UrlUtil.encodeToString(userHandle);
        byte[] challenge = challenges.issue(Ceremony.newAccount(handle, name, shownName));
        return creationOptions(challenge, handle, name, shownName, List.of());
    }

    /** Options to add another passkey to {@code account}; its passkeys are excluded so none is registered twice. */
    public JsonObject startForAccount(Account account) {
        String handle = Base64UrlUtil.encodeToString(account.userHandle());
        byte[] challenge = challenges.issue(Ceremony.newPasskey(handle, account.id()));
        return creationOptions(challenge, handle, account.username(), account.displayName(), accounts.passkeysOf(account));
    }

    /** Verifies a created credential ({@code RegistrationResponseJSON}) and stores it as a passkey. */
    public Registered finish(String registrationResponseJson) {
        RegistrationData registration = verifier.parseRegistration(registrationResponseJson);
        // §7.1 step 8/12: the challenge names the ceremony; taking it makes it single use, even if verification fails.
        String challenge = Base64UrlUtil.encodeToString(registration.getCollectedClientData().getChallenge().getValue());
        Ceremony ceremony = challenges.take(challenge)
                .filter(taken -> taken.kind() == Ceremony.Kind.REGISTRATION)
                .orElseThrow(() -> new RefusedException(Refusal.CHALLENGE_UNKNOWN,
                        "This registration's challenge is unknown, used or expired; start again."));
        RelyingParty relyingParty = relyingPartyConfig.relyingParty();
        verifier.verifyRegistration(registration, Base64UrlUtil.decode(challenge), relyingParty);

        NewPasskey credential = credentialOf(registration);
        // §7.1 step 26: a credential id registered before is refused.
        if (accounts.findPasskey(credential.credentialId()).isPresent()) {
            throw new RefusedException(Refusal.CREDENTIAL_ALREADY_REGISTERED, "This passkey is already registered.");
        }
        Passkey passkey = ceremony.accountId() == null
                ? accounts.createAccount(Base64UrlUtil.decode(ceremony.userHandle()), ceremony.username(), ceremony.displayName(), credential)
                : accounts.addPasskey(ceremony.accountId(), credential);
        return new Registered(passkey.account(), passkey);
    }

    private NewPasskey credentialOf(RegistrationData registration) {
        AttestationObject attestation = registration.getAttestationObject();
        AuthenticatorData<?> authenticatorData = attestation.getAuthenticatorData();
        AttestedCredentialData credential = authenticatorData.getAttestedCredentialData();
        List<String> transports = registration.getTransports() == null ? List.of()
                : registration.getTransports().stream().map(AuthenticatorTransport::getValue).sorted().toList();
        return new NewPasskey(credential.getCredentialId(), verifier.encode(credential.getCOSEKey()),
                (int) credential.getCOSEKey().getAlgorithm().getValue(), authenticatorData.getSignCount(), transports,
                credential.getAaguid().getValue().toString(), authenticatorData.isFlagBE(), authenticatorData.isFlagBS(),
                authenticatorData.isFlagUV(), attestation.getFormat());
    }

    /** {@code PublicKeyCredentialCreationOptionsJSON} (WebAuthn L3 §5.4), as {@code parseCreationOptionsFromJSON} takes it. */
    private JsonObject creationOptions(byte[] challenge, String userHandle, String username, String displayName,
                                       List<Passkey> existing) {
        RelyingParty relyingParty = relyingPartyConfig.relyingParty();
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        for (COSEAlgorithmIdentifier algorithm : CredentialVerifier.ALGORITHMS) {
            parameters.add(Json.createObjectBuilder().add("type", "public-key").add("alg", algorithm.getValue()));
        }
        return Json.createObjectBuilder()
                .add("rp", Json.createObjectBuilder().add("id", relyingParty.id()).add("name", relyingParty.name()))
                .add("user", Json.createObjectBuilder().add("id", userHandle).add("name", username).add("displayName", displayName))
                .add("challenge", Base64UrlUtil.encodeToString(challenge))
                .add("pubKeyCredParams", parameters)
                .add("timeout", relyingParty.challengeLifetime().toMillis())
                .add("excludeCredentials", AuthenticationCeremony.descriptors(existing))
                .add("authenticatorSelection", Json.createObjectBuilder()
                        .add("residentKey", "required")
                        .add("requireResidentKey", true)
                        .add("userVerification", relyingParty.userVerification()))
                .add("attestation", "none")
                .add("extensions", Json.createObjectBuilder().add("credProps", true))
                .build();
    }
}
