package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.account.Passkey;
import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.attestation.statement.androidkey.AndroidKeyAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.apple.AppleAnonymousAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.none.NoneAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.packed.PackedAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.tpm.TPMAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.u2f.FIDOU2FAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.NullCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.self.DefaultSelfAttestationTrustworthinessVerifier;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.VerificationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * The WebAuthn verification of the hub, done by webauthn4j: parses the browser's L3 JSON, runs every check of
 * §7.1 / §7.2 against the relying party, and turns webauthn4j's failures into the hub's refusals.
 * The manager, its parsers and the algorithm list are built once.
 */
@ApplicationScoped
public class CredentialVerifier {

    /** The algorithms offered and accepted, in order of preference: ES256, EdDSA, RS256. */
    static final List<COSEAlgorithmIdentifier> ALGORITHMS =
            List.of(COSEAlgorithmIdentifier.ES256, COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);

    private static final List<PublicKeyCredentialParameters> CREDENTIAL_PARAMETERS = ALGORITHMS.stream()
            .map(algorithm -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, algorithm))
            .toList();

    private final ObjectConverter objectConverter = new ObjectConverter();

    /**
     * Attestation statements are verified (signatures included, which the non-strict manager skips for
     * "packed"), but no attestation root is trusted or required: the hub asks for "none" and admits any
     * authenticator model, so the certificate path of a full attestation is not checked.
     */
    private final WebAuthnManager manager = new WebAuthnManager(
            List.of(new NoneAttestationStatementVerifier(), new PackedAttestationStatementVerifier(),
                    new FIDOU2FAttestationStatementVerifier(), new AndroidKeyAttestationStatementVerifier(),
                    new TPMAttestationStatementVerifier(), new AppleAnonymousAttestationStatementVerifier()),
            new NullCertPathTrustworthinessVerifier(),
            new DefaultSelfAttestationTrustworthinessVerifier(),
            objectConverter);

    /** Parses a {@code RegistrationResponseJSON} ({@code credential.toJSON()} of a created credential). */
    public RegistrationData parseRegistration(String json) {
        try {
            return manager.parseRegistrationResponseJSON(json);
        } catch (DataConversionException | JacksonException | IllegalArgumentException | NullPointerException e) {
            throw malformed(e);
        }
    }

    /** Parses an {@code AuthenticationResponseJSON} ({@code credential.toJSON()} of an assertion). */
    public AuthenticationData parseAuthentication(String json) {
        try {
            return manager.parseAuthenticationResponseJSON(json);
        } catch (DataConversionException | JacksonException | IllegalArgumentException | NullPointerException e) {
            throw malformed(e);
        }
    }

    /** Runs the registration checks (§7.1 steps 7-24) for the ceremony of {@code challenge}. */
    public void verifyRegistration(RegistrationData registration, byte[] challenge, RelyingParty relyingParty) {
        RegistrationParameters parameters = new RegistrationParameters(serverProperty(relyingParty, challenge),
                CREDENTIAL_PARAMETERS, relyingParty.requiresUserVerification(), true);
        try {
            manager.verify(registration, parameters);
        } catch (BadSignatureException e) {
            // §7.1 step 21: the only signature of a registration is its attestation statement's.
            throw new RefusedException(Refusal.ATTESTATION_INVALID, "The attestation statement's signature does not verify.", e);
        } catch (VerificationException e) {
            throw VerificationRefusals.refusal(e);
        } catch (DataConversionException | JacksonException e) {
            throw malformed(e);
        }
    }

    /** Runs the authentication checks (§7.2 steps 11-24) of an assertion made with {@code passkey}. */
    public void verifyAuthentication(AuthenticationData authentication, byte[] challenge, Passkey passkey,
                                     RelyingParty relyingParty) {
        AuthenticationParameters parameters = new AuthenticationParameters(serverProperty(relyingParty, challenge),
                credentialRecord(passkey), null, relyingParty.requiresUserVerification(), true);
        try {
            manager.verify(authentication, parameters);
        } catch (VerificationException e) {
            throw VerificationRefusals.refusal(e);
        } catch (DataConversionException | JacksonException e) {
            throw malformed(e);
        }
    }

    /** The COSE_Key bytes to store for a credential public key. */
    public byte[] encode(COSEKey key) {
        return objectConverter.getCborConverter().writeValueAsBytes(key);
    }

    private CredentialRecord credentialRecord(Passkey passkey) {
        COSEKey key = objectConverter.getCborConverter().readValue(passkey.publicKey(), COSEKey.class);
        AttestedCredentialData credential = new AttestedCredentialData(new AAGUID(passkey.aaguid()), passkey.credentialId(), key);
        Set<AuthenticatorTransport> transports = passkey.transports().stream()
                .map(AuthenticatorTransport::create).collect(Collectors.toSet());
        return new CredentialRecordImpl(new NoneAttestationStatement(), passkey.uvInitialized(), passkey.backupEligible(),
                passkey.backedUp(), passkey.signCount(), credential, null, null, null, transports);
    }

    private ServerProperty serverProperty(RelyingParty relyingParty, byte[] challenge) {
        return new ServerProperty(originsOf(relyingParty), relyingParty.id(), new DefaultChallenge(challenge));
    }

    /** The relying party's origins in webauthn4j's form, made once: the relying party does not change while the hub runs. */
    private Set<com.webauthn4j.data.client.Origin> originsOf(RelyingParty relyingParty) {
        OriginsOf known = origins;
        if (known == null || known.relyingParty() != relyingParty) {
            known = new OriginsOf(relyingParty, relyingParty.origins().stream()
                    .map(origin -> new com.webauthn4j.data.client.Origin(origin.toString()))
                    .collect(Collectors.toUnmodifiableSet()));
            origins = known;
        }
        return known.origins();
    }

    private record OriginsOf(RelyingParty relyingParty, Set<com.webauthn4j.data.client.Origin> origins) {
    }

    private volatile OriginsOf origins;

    private static RefusedException malformed(Exception e) {
        return new RefusedException(Refusal.MALFORMED_REQUEST,
                "The credential could not be read: it is not the JSON, base64url or CBOR a browser sends.", e);
    }
}
