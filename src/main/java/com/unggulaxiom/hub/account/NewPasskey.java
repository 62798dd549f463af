package com.unggulaxiom.hub.account;

import java.util.List;

/**
 * A credential that a registration ceremony has verified, ready to be stored.
 *
 * @param publicKey the COSE_Key bytes of the credential public key
 * @param algorithm its COSE algorithm identifier
 * @param aaguid    the authenticator model (all zeros when attestation is "none")
 */
public record NewPasskey(byte[] credentialId, byte[] publicKey, int algorithm, long signCount, List<String> transports,
                         String aaguid, boolean backupEligible, boolean backedUp, boolean uvInitialized,
                         String attestationFormat) {

    public NewPasskey {
        transports = List.copyOf(transports);
    }
}
