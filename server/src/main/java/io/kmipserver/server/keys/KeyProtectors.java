package io.kmipserver.server.keys;

import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Opens the key protector the configuration names ({@code keys.protector}): the one call the runtime
 * makes.
 */
public final class KeyProtectors {

    /** Name of the directory under the data directory that holds the software protector's keys. */
    public static final String SOFTWARE_KEYS_DIRECTORY = "keys";

    private KeyProtectors() {}

    /**
     * The node's key protector, its PKCS#11 sessions sized to the node's worker threads
     * ({@code kmip.worker-threads}, 0 meaning the default pool).
     *
     * @param env the process environment: the PKCS#11 PIN may come from
     *     {@value Pkcs11Pin#ENVIRONMENT_VARIABLE}
     */
    public static KeyProtector open(ServerConfig config, Map<String, String> env) {
        return open(config.keys(), config.dataDir(), config.kmip().workerThreads(), env);
    }

    /** As {@link #open(ServerConfig, Map)}, with sessions for the default worker pool. */
    public static KeyProtector open(ServerConfig.Keys keys, Path dataDir, Map<String, String> env) {
        return open(keys, dataDir, 0, env);
    }

    /**
     * The software protector on {@code dataDir/keys}, or the PKCS#11 protector on the configured
     * module and token (by label when {@code keys.pkcs11-token-label} is set, else by slot index)
     * with the PIN from {@code keys.pkcs11-pin-file} or else {@value Pkcs11Pin#ENVIRONMENT_VARIABLE}.
     *
     * @param workerThreads the worker threads that call the protector, 0 for the default pool (two
     *     per core); the PKCS#11 protector gets two sessions more, for health checks and management
     * @throws KeyProtectionException when the protector cannot be opened; the message says why and
     *     never contains a PIN or key
     */
    public static KeyProtector open(ServerConfig.Keys keys, Path dataDir, int workerThreads, Map<String, String> env) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(env, "env");
        switch (keys.protector()) {
            case SOFTWARE:
                return SoftwareKeyProtector.open(dataDir.resolve(SOFTWARE_KEYS_DIRECTORY));
            case PKCS11:
                return Pkcs11KeyProtector.open(pkcs11Settings(keys, workerThreads), Pkcs11Pin.resolve(keys.pkcs11PinFile(), env));
            default:
                throw new IllegalArgumentException("unknown key protector " + keys.protector());
        }
    }

    /** The PKCS#11 part of the configuration as {@link Pkcs11Settings}, with the defaults for the rest. */
    static Pkcs11Settings pkcs11Settings(ServerConfig.Keys keys, int workerThreads) {
        if (keys.pkcs11Library() == null) {
            throw new KeyProtectionException(Reason.INVALID_INPUT, "keys.pkcs11-library is required when keys.protector is pkcs11");
        }
        String label = keys.pkcs11TokenLabel();
        Pkcs11Settings settings = label == null || label.isBlank()
                ? Pkcs11Settings.slotIndex(keys.pkcs11Library(), keys.pkcs11SlotIndex())
                : Pkcs11Settings.tokenLabel(keys.pkcs11Library(), label.strip());
        int workers = workerThreads > 0 ? workerThreads : Pkcs11Settings.defaultSessions();
        return settings.withSessions(workers + 2);
    }
}
