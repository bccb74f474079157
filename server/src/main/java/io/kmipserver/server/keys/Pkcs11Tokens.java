package io.kmipserver.server.keys;

import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tokens a PKCS#11 module offers, with their labels. SunPKCS11 selects a token only by slot id or
 * slot-list index, and SoftHSM (like some HSMs) renumbers a slot when its token is initialised, so
 * the server finds its token by label here and gives SunPKCS11 the slot id.
 *
 * <p>No public JDK API reads {@code CK_TOKEN_INFO}; this uses the JDK's own PKCS#11 wrapper
 * ({@code sun.security.pkcs11.wrapper}, module {@code jdk.crypto.cryptoki}) through reflection, which
 * needs the JVM flag {@value #EXPORT_FLAG} (the kmip-server jar's manifest carries the equivalent
 * {@code Add-Exports} entry; Surefire and Failsafe pass the flag). Without it a token label cannot be
 * resolved and the error says to pass the flag or to configure a slot index instead.
 *
 * <p>The module is initialised with the same arguments SunPKCS11 uses (OS locking allowed) and
 * through the same per-library instance the wrapper caches, so the provider created afterwards
 * shares it and the module is initialised once per JVM.
 */
public final class Pkcs11Tokens {

    /** The JVM flag that lets this class read token labels. */
    public static final String EXPORT_FLAG = "--add-exports=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED";

    private static final String WRAPPER = "sun.security.pkcs11.wrapper";

    /**
     * One slot that holds a token.
     *
     * @param slotIndex position in the module's slot list ({@code slotListIndex} in SunPKCS11 terms)
     * @param slotId the PKCS#11 slot id ({@code slot} in SunPKCS11 terms)
     * @param label the token label, trailing blanks removed
     */
    public record TokenInfo(int slotIndex, long slotId, String label, String manufacturer, String model,
            String serialNumber) {
    }

    private Pkcs11Tokens() {}

    /**
     * Every slot of the module that holds a token, in slot-list order.
     *
     * @throws KeyProtectionException {@code UNAVAILABLE} when the module cannot be loaded or the JVM
     *     lacks {@value #EXPORT_FLAG}
     */
    public static List<TokenInfo> list(Path library) {
        String module = modulePath(library);
        if (!Files.isRegularFile(Path.of(module))) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "PKCS#11 module " + module + " does not exist");
        }
        try {
            Class<?> pkcs11 = wrapperClass("PKCS11");
            Class<?> initArgsClass = wrapperClass("CK_C_INITIALIZE_ARGS");
            Object initArgs = initArgsClass.getConstructor().newInstance();
            initArgsClass.getField("flags").setLong(initArgs,
                    wrapperClass("PKCS11Constants").getField("CKF_OS_LOCKING_OK").getLong(null));
            Object instance = pkcs11.getMethod("getInstance", String.class, String.class, initArgsClass, boolean.class)
                    .invoke(null, module, "C_GetFunctionList", initArgs, false);
            long[] slots = (long[]) pkcs11.getMethod("C_GetSlotList", boolean.class).invoke(instance, false);
            Method tokenInfo = pkcs11.getMethod("C_GetTokenInfo", long.class);
            List<TokenInfo> tokens = new ArrayList<>();
            for (int index = 0; index < slots.length; index++) {
                Object info;
                try {
                    info = tokenInfo.invoke(instance, slots[index]);
                } catch (InvocationTargetException e) {
                    continue; // an empty slot: CKR_TOKEN_NOT_PRESENT
                }
                tokens.add(new TokenInfo(index, slots[index], text(info, "label"), text(info, "manufacturerID"),
                        text(info, "model"), text(info, "serialNumber")));
            }
            return List.copyOf(tokens);
        } catch (InvocationTargetException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "cannot list the tokens of PKCS#11 module " + module
                    + ": " + Pkcs11Failures.describe(e.getCause()), e.getCause());
        } catch (IllegalAccessException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "finding a PKCS#11 token by label needs the JVM flag "
                    + EXPORT_FLAG + " (java -jar kmip-server.jar has it); or configure keys.pkcs11-slot-index instead", e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE,
                    "this JVM's PKCS#11 wrapper cannot list tokens; configure keys.pkcs11-slot-index instead", e);
        }
    }

    /**
     * The slot id of the one token labelled {@code label}.
     *
     * @throws KeyProtectionException {@code UNAVAILABLE} when no token, or more than one, has that
     *     label; the message lists the labels there are
     */
    public static TokenInfo find(Path library, String label) {
        List<TokenInfo> tokens = list(library);
        List<TokenInfo> matching = tokens.stream().filter(t -> t.label().equals(label)).collect(Collectors.toList());
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String present = tokens.stream().map(t -> "'" + t.label() + "'").collect(Collectors.joining(", "));
        throw new KeyProtectionException(Reason.UNAVAILABLE, (matching.isEmpty() ? "no" : matching.size())
                + " PKCS#11 token(s) labelled '" + label + "' in " + modulePath(library)
                + (tokens.isEmpty() ? "; the module has no token" : "; tokens present: " + present));
    }

    /**
     * The one spelling of the module's path used everywhere: the wrapper keeps one instance per path
     * string, and two spellings of one module would initialise it twice.
     */
    static String modulePath(Path library) {
        return library.toAbsolutePath().normalize().toString();
    }

    private static Class<?> wrapperClass(String simpleName) throws ClassNotFoundException {
        return Class.forName(WRAPPER + "." + simpleName);
    }

    /** A blank-padded {@code CK_UTF8CHAR} field of {@code CK_TOKEN_INFO}, trailing blanks removed. */
    private static String text(Object info, String field) throws ReflectiveOperationException {
        Object value = info.getClass().getField(field).get(info);
        return value instanceof char[] ? new String((char[]) value).stripTrailing() : String.valueOf(value).strip();
    }
}
