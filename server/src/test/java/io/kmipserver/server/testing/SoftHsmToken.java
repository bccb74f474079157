package io.kmipserver.server.testing;

import io.kmipserver.server.keys.Pkcs11Pin;
import io.kmipserver.server.keys.Pkcs11Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.security.auth.login.LoginException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SoftHSM2 token for tests: {@code @ExtendWith(SoftHsmToken.class)}. Once per JVM it writes
 * the SoftHSM configuration at {@code $SOFTHSM2_CONF} (token directory beside it, file object store,
 * errors only), empties that token directory, and initialises two tokens with {@code softhsm2-util}:
 * {@link #LABEL} for the protector tests and {@link #AUX_LABEL} for tests that log the process out
 * or try wrong PINs, so those never disturb the first. Every test then finds its token by label.
 *
 * <p>SoftHSM reads {@code SOFTHSM2_CONF} from the process environment, which a running JVM cannot
 * change: Surefire and Failsafe set it (server/pom.xml). The module is initialised in this JVM only
 * after the tokens exist, because SoftHSM lists its tokens once, when it is initialised. If
 * {@code softhsm2-util}, the module or the variable is missing, every test of the class fails with
 * a message that says which — these tests never skip.
 */
public final class SoftHsmToken implements BeforeAllCallback {

    /** SoftHSM's module as Debian installs it ({@code apt-get install softhsm2}). */
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String LABEL = "kmip-test";
    public static final String AUX_LABEL = "kmip-aux";
    public static final String USER_PIN = "kmip-test-user-1234";
    private static final String SO_PIN = "kmip-test-so-5678";

    private static final Object LOCK = new Object();
    private static Map<String, Long> slotIds;
    private static final Map<String, Provider> providers = new HashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ensureTokens();
    }

    /** Settings for the labelled token, with no reconnect backoff so failure tests need not wait. */
    public static Pkcs11Settings settings(String label) {
        ensureTokens();
        return Pkcs11Settings.tokenLabel(LIBRARY, label).withReconnectBackoff(Duration.ZERO).withSessions(8);
    }

    /** The user PIN, as the server gets it from {@value Pkcs11Pin#ENVIRONMENT_VARIABLE}. */
    public static Pkcs11Pin pin() {
        return Pkcs11Pin.fromEnvironment(Map.of(Pkcs11Pin.ENVIRONMENT_VARIABLE, USER_PIN));
    }

    /** The slot id SoftHSM gave the labelled token, as {@code softhsm2-util --show-slots} reports it. */
    public static long slotId(String label) {
        ensureTokens();
        Long id = slotIds.get(label);
        if (id == null) {
            throw new IllegalArgumentException("no test token labelled " + label);
        }
        return id;
    }

    /**
     * The labelled token's objects, through this fixture's own provider (not the code under test's),
     * logged in with the user PIN.
     */
    public static KeyStore keyStore(String label) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS11", provider(label));
        keyStore.load(null, USER_PIN.toCharArray());
        return keyStore;
    }

    /**
     * Logs this process out of the labelled token. PKCS#11 login belongs to the process, so every
     * provider in the JVM loses access to the token's private objects at once — what a token reset or
     * a lost session does to a running server.
     */
    public static void logOutEverywhere(String label) throws LoginException {
        ((AuthProvider) provider(label)).logout();
    }

    /** This fixture's SunPKCS11 provider on the labelled token, one per label per JVM. */
    public static Provider provider(String label) {
        long slot = slotId(label);
        synchronized (providers) {
            return providers.computeIfAbsent(label, l -> Security.getProvider("SunPKCS11").configure(
                    "--name = softhsm-fixture-" + l + "\nlibrary = " + LIBRARY + "\nslot = " + slot + "\n"));
        }
    }

    private static void ensureTokens() {
        synchronized (LOCK) {
            if (slotIds != null) {
                return;
            }
            try {
                slotIds = initialise();
            } catch (IOException e) {
                throw new IllegalStateException("cannot set up the SoftHSM2 test tokens: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while setting up the SoftHSM2 test tokens", e);
            }
        }
    }

    private static Map<String, Long> initialise() throws IOException, InterruptedException {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isBlank()) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set in this JVM's environment. Surefire and Failsafe"
                    + " set it (server/pom.xml); when running tests elsewhere, set it to a writable path such as"
                    + " server/target/softhsm/softhsm2.conf");
        }
        if (!Files.isRegularFile(LIBRARY)) {
            throw new IllegalStateException("SoftHSM2 module " + LIBRARY + " is missing: install the Debian package"
                    + " softhsm2 (bin/test-all does when run as root)");
        }
        Path confFile = Path.of(conf).toAbsolutePath();
        Path tokens = confFile.resolveSibling("tokens");
        deleteTree(tokens);
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens + "\n"
                + "objectstore.backend = file\n"
                + "log.level = ERROR\n"
                + "slots.removable = false\n", StandardCharsets.UTF_8);
        for (String label : List.of(LABEL, AUX_LABEL)) {
            softhsmUtil("--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", USER_PIN);
        }
        Map<String, Long> ids = parseSlots(softhsmUtil("--show-slots"));
        for (String label : List.of(LABEL, AUX_LABEL)) {
            if (!ids.containsKey(label)) {
                throw new IllegalStateException("softhsm2-util did not list the token " + label + " after initialising it");
            }
        }
        return Map.copyOf(ids);
    }

    /** Slot id per token label from {@code --show-slots}: a "Slot N" line, then the token's "Label:". */
    static Map<String, Long> parseSlots(String showSlots) {
        Map<String, Long> ids = new HashMap<>();
        Pattern slotLine = Pattern.compile("^Slot (\\d+)\\s*$");
        Pattern labelLine = Pattern.compile("^\\s+Label:\\s*(.*?)\\s*$");
        Long slot = null;
        boolean inTokenInfo = false;
        for (String line : showSlots.split("\n")) {
            Matcher s = slotLine.matcher(line);
            if (s.matches()) {
                slot = Long.parseLong(s.group(1));
                inTokenInfo = false;
                continue;
            }
            if (line.strip().equals("Token info:")) {
                inTokenInfo = true;
                continue;
            }
            Matcher l = labelLine.matcher(line);
            if (slot != null && inTokenInfo && l.matches() && !l.group(1).isEmpty()) {
                ids.put(l.group(1), slot);
            }
        }
        return ids;
    }

    private static String softhsmUtil(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("softhsm2-util");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("softhsm2-util is not installed: install the Debian package softhsm2"
                    + " (bin/test-all does when run as root)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("softhsm2-util " + arguments[0] + " failed: " + output.strip());
        }
        return output;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
