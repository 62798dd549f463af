package com.unggulaxiom.hub.account;

/** The username someone asked for belongs to another account. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username '" + username + "' is taken");
    }
}
