package io.kmipserver.server.keys;

import io.kmipserver.certs.SecureFiles;
import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user PIN of a PKCS#11 token, read from a file or from the environment variable
 * {@value #ENVIRONMENT_VARIABLE} — never from the command line, where {@code ps} shows it to every
 * user of the machine. The PIN is kept as a {@code char[]} (the protector needs it again to log in
 * after a lost session) and zeroed by {@link #destroy()}; {@link #toString()} says only where it came
 * from, and no message of this class contains it.
 */
public final class Pkcs11Pin {

    /** The environment variable the PIN is read from when no PIN file is configured. */
    public static final String ENVIRONMENT_VARIABLE = "KMIP_SERVER_PKCS11_PIN";

    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11Pin.class);
    private static final int MAX_PIN_BYTES = 256;

    private final char[] pin;
    private final String source;
    private boolean destroyed;

    private Pkcs11Pin(char[] pin, String source) {
        this.pin = pin;
        this.source = source;
    }

    /**
     * The PIN from {@code pinFile} when one is given, otherwise from {@value #ENVIRONMENT_VARIABLE}.
     *
     * @param pinFile the configured PIN file, or {@code null}
     * @throws KeyProtectionException {@code INVALID_INPUT} when neither yields a PIN
     */
    public static Pkcs11Pin resolve(Path pinFile, Map<String, String> env) {
        return pinFile != null ? fromFile(pinFile) : fromEnvironment(env);
    }

    /**
     * Reads the whole file as the PIN (UTF-8); one trailing line break ({@code echo} writes one) is not
     * part of it. Warns when the file is readable by group or others.
     */
    public static Pkcs11Pin fromFile(Path pinFile) {
        Objects.requireNonNull(pinFile, "pinFile");
        byte[] bytes;
        try {
            if (Files.size(pinFile) > MAX_PIN_BYTES + 2) {
                throw new KeyProtectionException(Reason.INVALID_INPUT,
                        "PKCS#11 PIN file " + pinFile + " is longer than a PIN can be");
            }
            if (SecureFiles.openToOthers(pinFile)) {
                LOG.warn("PKCS#11 PIN file {} is accessible to group or others; restrict it to mode 0600", pinFile);
            }
            bytes = Files.readAllBytes(pinFile);
        } catch (IOException e) {
            throw new KeyProtectionException(Reason.INVALID_INPUT,
                    "cannot read PKCS#11 PIN file " + pinFile + ": " + e.getClass().getSimpleName(), e);
        }
        try {
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\n') {
                length--;
                if (length > 0 && bytes[length - 1] == '\r') {
                    length--;
                }
            }
            return new Pkcs11Pin(decode(bytes, length, "PKCS#11 PIN file " + pinFile), "file " + pinFile);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The PIN from {@value #ENVIRONMENT_VARIABLE} in {@code env} (the process environment in production). */
    public static Pkcs11Pin fromEnvironment(Map<String, String> env) {
        String value = env.get(ENVIRONMENT_VARIABLE);
        if (value == null) {
            throw new KeyProtectionException(Reason.INVALID_INPUT, "no PKCS#11 PIN: configure keys.pkcs11-pin-file"
                    + " or set the environment variable " + ENVIRONMENT_VARIABLE);
        }
        char[] pin = value.toCharArray();
        check(pin, "the environment variable " + ENVIRONMENT_VARIABLE);
        return new Pkcs11Pin(pin, "the environment variable " + ENVIRONMENT_VARIABLE);
    }

    private static char[] decode(byte[] bytes, int length, String what) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            char[] pin = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            check(pin, what);
            return pin;
        } catch (CharacterCodingException e) {
            throw new KeyProtectionException(Reason.INVALID_INPUT, what + " is not UTF-8 text");
        }
    }

    private static void check(char[] pin, String what) {
        if (pin.length == 0) {
            throw new KeyProtectionException(Reason.INVALID_INPUT, what + " holds an empty PIN");
        }
        for (char c : pin) {
            if (c == '\n' || c == '\r' || c == '\0') {
                Arrays.fill(pin, '\0');
                throw new KeyProtectionException(Reason.INVALID_INPUT,
                        what + " holds more than one line; it must contain only the PIN");
            }
        }
    }

    /** A copy for one login; the caller zeroes it. */
    synchronized char[] copy() {
        if (destroyed) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "the PKCS#11 PIN has been discarded");
        }
        return pin.clone();
    }

    /** Where the PIN came from, for logs: a file path or the variable's name. */
    public String source() {
        return source;
    }

    /** Zeroes the PIN; later logins fail. */
    public synchronized void destroy() {
        Arrays.fill(pin, '\0');
        destroyed = true;
    }

    @Override
    public String toString() {
        return "PKCS#11 PIN from " + source;
    }
}
