package io.kmipserver.server.keys;

/**
 * Short, secret-free descriptions of what SunPKCS11 threw, for messages and logs. SunPKCS11 wraps the
 * token's {@code PKCS11Exception} (whose message is the return value's name, e.g.
 * {@code CKR_PIN_INCORRECT}) in JCA exceptions with generic texts such as "load failed"; the return
 * value is what an operator needs, so it is dug out of the cause chain.
 */
final class Pkcs11Failures {

    private static final String PKCS11_EXCEPTION = "sun.security.pkcs11.wrapper.PKCS11Exception";

    private Pkcs11Failures() {}

    /** The PKCS#11 return value in the chain ({@code CKR_…}), or the outermost exception's class and text. */
    static String describe(Throwable failure) {
        String code = returnValue(failure);
        if (code != null) {
            return code;
        }
        if (failure == null) {
            return "unknown failure";
        }
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String text = deepest.getMessage();
        return deepest.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }

    /** The name of the PKCS#11 return value somewhere in the cause chain, or {@code null}. */
    static String returnValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals(PKCS11_EXCEPTION)) {
                return t.getMessage();
            }
        }
        return null;
    }
}
