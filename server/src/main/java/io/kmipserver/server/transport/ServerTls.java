package io.kmipserver.server.transport;

import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.Pkcs12Files;
import io.kmipserver.server.config.ServerConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * Builds the KMIP listener's server {@link SslContext}: TLS 1.2 and 1.3 only (whatever
 * {@code tls.protocols} lists of them), a required client certificate checked by the given trust
 * manager, and the implementation {@code tls.provider} names — a first-order performance choice
 * (see DEPENDENCIES.md for measured handshake and round-trip costs).
 *
 * <p>KMIP 1.4 §14 (Profiles, "Basic Authentication Suite") and 2.1 require mutually authenticated
 * TLS; earlier TLS versions are refused during the handshake.
 */
public final class ServerTls {

    private ServerTls() {
    }

    /**
     * The server context.
     *
     * @param serverKey the server's key and chain, leaf first (e.g. {@code server.pem} and
     *     {@code server-key.pem})
     * @param trust decides which client chains complete the handshake
     * @throws IllegalStateException when the provider is OpenSSL and netty-tcnative cannot load
     */
    public static SslContext serverContext(ServerConfig.Tls tls, CertifiedKey serverKey, X509TrustManager trust) {
        Objects.requireNonNull(serverKey, "serverKey");
        Objects.requireNonNull(trust, "trust");
        JulLogging.install();
        X509Certificate[] chain = serverKey.chain().toArray(X509Certificate[]::new);
        SslContextBuilder builder;
        switch (tls.provider()) {
            case BCJSSE:
                // Netty builds a SunX509 key manager from a raw key and chain, with which a BCJSSE
                // server finds "no selectable cipher suite": hand it BCJSSE's own PKIX key manager.
                Provider provider = BcJsse.PROVIDER;
                // Without a SecureRandom, BCJSSE asks the JCA for "DEFAULT", which only the BC
                // provider (not installed) offers, and cannot initialise.
                builder = SslContextBuilder.forServer(bcjsseKeyManager(provider, serverKey))
                        .sslProvider(SslProvider.JDK)
                        .sslContextProvider(provider)
                        .secureRandom(new SecureRandom());
                break;
            case JDK:
                builder = SslContextBuilder.forServer(serverKey.privateKey(), chain).sslProvider(SslProvider.JDK);
                break;
            case OPENSSL:
                if (!OpenSsl.isAvailable()) {
                    throw new IllegalStateException("tls.provider is openssl but netty-tcnative cannot load: "
                            + OpenSsl.unavailabilityCause());
                }
                builder = SslContextBuilder.forServer(serverKey.privateKey(), chain).sslProvider(SslProvider.OPENSSL);
                break;
            default:
                throw new IllegalArgumentException("unknown TLS provider " + tls.provider());
        }
        try {
            return builder
                    .protocols(tls.protocols())
                    .clientAuth(ClientAuth.REQUIRE)
                    .trustManager(trust)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the " + tls.provider() + " TLS context: " + e.getMessage(), e);
        }
    }

    private static KeyManagerFactory bcjsseKeyManager(Provider provider, CertifiedKey serverKey) {
        // The password protects the in-memory PKCS#12 entry only; it never leaves this method.
        char[] password = randomPassword();
        try {
            KeyStore store = Pkcs12Files.keyStore("server", serverKey, password);
            KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX", provider);
            factory.init(store, password);
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the BCJSSE key manager: " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }

    /** One BCJSSE provider per JVM, not registered with {@link java.security.Security}. */
    private static final class BcJsse {
        static final Provider PROVIDER = new BouncyCastleJsseProvider();
    }
}
