package com.unggulaxiom.hub.account;

import com.unggulaxiom.hub.web.Refusal;
import com.unggulaxiom.hub.web.RefusedException;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The account of the caller's session: the token's subject is the account's user handle. */
@ApplicationScoped
public class SignedInAccount {

    @Inject
    AccountStore accounts;

    /** The caller's account, if the caller is signed in and the account still exists. */
    public Optional<Account> find(SecurityContext securityContext) {
        if (!(securityContext.getUserPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            return Optional.empty();
        }
        try {
            return accounts.findByUserHandle(Base64UrlUtil.decode(token.getSubject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The caller's account; a refusal (401) when there is none. */
    public Account account(SecurityContext securityContext) {
        return find(securityContext).orElseThrow(() ->
                new RefusedException(Refusal.UNAUTHENTICATED, "Sign in with a passkey to use this resource."));
    }
}
