package io.kmipserver.server.transport;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes java.util.logging to SLF4J, once per JVM. BCJSSE logs every connection at INFO through JUL;
 * without the bridge those lines bypass the server's log configuration, and without the level below
 * each one costs a log record per handshake.
 */
final class JulLogging {

    /** JUL holds loggers weakly: keep a strong reference so the level set here stays. */
    private static final Logger BCJSSE = Logger.getLogger("org.bouncycastle.jsse");
    private static boolean installed;

    private JulLogging() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        BCJSSE.setLevel(Level.WARNING);
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
