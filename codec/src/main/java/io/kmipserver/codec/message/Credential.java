package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.CredentialType;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * A Credential of the request header's Authentication (KMIP 1.4 §2.1.2 Tables 3-6, 2.1 §9.11
 * Tables 410-416). Username and Password and Device are typed; the other types (Attestation, One
 * Time Password, Hashed Password, Ticket) keep their Credential Value as an item tree.
 *
 * <p>No {@code toString()} here prints a password, a one-time password, a hash or a ticket.
 */
public sealed interface Credential {

    CredentialType credentialType();

    /** Username and Password (KMIP 1.4 Table 4). {@code toString()} masks the password. */
    record UsernamePassword(String username, String password) implements Credential {
        public UsernamePassword {
            Objects.requireNonNull(username, "username");
        }

        @Override
        public CredentialType credentialType() {
            return CredentialType.USERNAME_AND_PASSWORD;
        }

        @Override
        public String toString() {
            return "UsernamePassword[username=" + username + ", password=" + (password == null ? "absent" : "***") + "]";
        }
    }

    /** Device (KMIP 1.4 Table 5); every field optional. {@code toString()} masks the password. */
    record Device(String deviceSerialNumber, String password, String deviceIdentifier, String networkIdentifier,
            String machineIdentifier, String mediaIdentifier) implements Credential {

        @Override
        public CredentialType credentialType() {
            return CredentialType.DEVICE;
        }

        @Override
        public String toString() {
            return "Device[deviceSerialNumber=" + deviceSerialNumber + ", password="
                    + (password == null ? "absent" : "***") + ", deviceIdentifier=" + deviceIdentifier
                    + ", networkIdentifier=" + networkIdentifier + ", machineIdentifier=" + machineIdentifier
                    + ", mediaIdentifier=" + mediaIdentifier + "]";
        }
    }

    /**
     * Any other credential type, its Credential Value kept whole. {@code toString()} prints only the
     * type: the value may hold a one-time password, a password hash or a ticket.
     */
    record Other(CredentialType credentialType, TtlvItem credentialValue) implements Credential {
        public Other {
            Objects.requireNonNull(credentialType, "credentialType");
            Objects.requireNonNull(credentialValue, "credentialValue");
        }

        @Override
        public String toString() {
            return "Other[credentialType=" + credentialType + "]";
        }
    }
}
