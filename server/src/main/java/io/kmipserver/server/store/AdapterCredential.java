package io.kmipserver.server.store;

import java.util.Objects;

/**
 * The optional Username/Password an adapter's clients must send in the request header (KMIP 1.4
 * §2.1.2 Credential, Credential Type Username and Password), as FortiGate does beside its
 * certificate. Only the password's hash is kept.
 */
public record AdapterCredential(String username, PasswordHash passwordHash) {

    public AdapterCredential {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (username.isEmpty() || username.length() > 256) {
            throw new IllegalArgumentException("username must be 1-256 characters");
        }
    }

    /**
     * True when both the username and the password match. The password is hashed even for a wrong
     * username, so the answer's timing does not tell which one was wrong.
     */
    public boolean matches(String username, String password) {
        boolean passwordMatches = passwordHash.matches(password);
        return this.username.equals(username) & passwordMatches;
    }
}
