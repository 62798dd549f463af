package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import com.webauthn4j.verifier.exception.BadAlgorithmException;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import com.webauthn4j.verifier.exception.BadBackupEligibleFlagException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.BadTopOriginException;
import com.webauthn4j.verifier.exception.CertificateException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.IllegalBackupStateException;
import com.webauthn4j.verifier.exception.InconsistentClientDataTypeException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.SelfAttestationProhibitedException;
import com.webauthn4j.verifier.exception.TrustAnchorNotFoundException;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;

/** Which refusal each of webauthn4j's verification failures is, with a detail a person can act on. */
final class VerificationRefusals {

    private VerificationRefusals() {
    }

    static RefusedException refusal(VerificationException e) {
        return switch (e) {
            case InconsistentClientDataTypeException x -> refused(Refusal.TYPE_MISMATCH,
                    "clientDataJSON.type is not the type of this ceremony.", e);
            case BadChallengeException x -> refused(Refusal.CHALLENGE_UNKNOWN,
                    "clientDataJSON.challenge is not the challenge of this ceremony.", e);
            case MissingChallengeException x -> refused(Refusal.CHALLENGE_UNKNOWN, "clientDataJSON has no challenge.", e);
            case BadOriginException x -> refused(Refusal.ORIGIN_MISMATCH,
                    "The credential was used on a page whose origin is not one of the hub's.", e);
            case CrossOriginException x -> refused(Refusal.ORIGIN_MISMATCH, "The credential was used in a cross-origin frame.", e);
            case BadTopOriginException x -> refused(Refusal.ORIGIN_MISMATCH, "The credential was used under a foreign top origin.", e);
            case BadRpIdException x -> refused(Refusal.RP_MISMATCH, "The authenticator data is for another relying party.", e);
            case UserNotPresentException x -> refused(Refusal.USER_PRESENCE_REQUIRED,
                    "The authenticator did not confirm that a person was present.", e);
            case UserNotVerifiedException x -> refused(Refusal.USER_VERIFICATION_REQUIRED,
                    "The authenticator did not verify the person (biometric or PIN); this hub requires it.", e);
            case NotAllowedAlgorithmException x -> refused(Refusal.ALGORITHM_NOT_ALLOWED,
                    "The credential's algorithm is not one the hub offered (ES256, EdDSA, RS256).", e);
            case BadAlgorithmException x -> refused(Refusal.ALGORITHM_NOT_ALLOWED, "The signature algorithm does not match the key.", e);
            case BadSignatureException x -> refused(Refusal.SIGNATURE_INVALID, "The signature does not verify.", e);
            case MaliciousCounterValueException x -> refused(Refusal.COUNTER_REGRESSION,
                    "The passkey's signature counter went backwards: it may have been cloned, so it is refused.", e);
            case BadBackupEligibleFlagException x -> refused(Refusal.BACKUP_STATE_INVALID,
                    "The passkey's backup eligibility changed since it was registered.", e);
            case IllegalBackupStateException x -> refused(Refusal.BACKUP_STATE_INVALID,
                    "The authenticator claims a backup of a passkey that cannot be backed up.", e);
            case BadAttestationStatementException x -> refused(Refusal.ATTESTATION_INVALID, "The attestation statement does not verify.", e);
            case CertificateException x -> refused(Refusal.ATTESTATION_INVALID, "The attestation certificate is not acceptable.", e);
            case SelfAttestationProhibitedException x -> refused(Refusal.ATTESTATION_INVALID, "Self attestation is not accepted.", e);
            case TrustAnchorNotFoundException x -> refused(Refusal.ATTESTATION_INVALID, "The attestation is not trusted.", e);
            default -> refused(Refusal.VERIFICATION_FAILED, "The credential did not pass verification.", e);
        };
    }

    private static RefusedException refused(Refusal refusal, String detail, VerificationException cause) {
        return new RefusedException(refusal, detail, cause);
    }
}
