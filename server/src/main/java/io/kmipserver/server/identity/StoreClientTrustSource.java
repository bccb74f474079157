package io.kmipserver.server.identity;

import io.kmipserver.certs.PemFiles;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.AdapterTrust;
import io.kmipserver.server.store.ClientCertificate;
import io.kmipserver.server.store.ObjectStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trust snapshot of a node, built from the store's adapters, their trust anchors and registered
 * client certificates, plus the PKI's own CA certificates ({@code ca.pem}, trusted for TLS whether
 * or not an adapter names them).
 *
 * <p>Handshakes read the snapshot in memory. It is rebuilt (blocking JDBC, never on an event loop)
 * when {@link #refresh()} is called — the management API calls it after every change to adapters,
 * trust anchors or certificates, so a registration works on the very next handshake — and every
 * {@code refreshEvery} in the background, which is how a change made through another node sharing the
 * store arrives here. A refresh that fails keeps the previous snapshot and is retried on schedule.
 *
 * <p>Thread-safe.
 */
public final class StoreClientTrustSource implements ClientTrustSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreClientTrustSource.class);

    private final ObjectStore store;
    private final List<X509Certificate> pkiAnchors;
    private final ScheduledExecutorService scheduler;
    private volatile ClientTrust current = ClientTrust.EMPTY;

    private StoreClientTrustSource(ObjectStore store, List<X509Certificate> pkiAnchors, Duration refreshEvery) {
        this.store = store;
        this.pkiAnchors = List.copyOf(pkiAnchors);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kmip-trust-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Loads the first snapshot (failing if the store cannot be read) and schedules the periodic
     * refresh.
     *
     * @param pkiAnchors CA certificates trusted for TLS without belonging to an adapter, e.g. every
     *     certificate of {@code ca.pem}
     * @param refreshEvery how often to reload in the background
     */
    public static StoreClientTrustSource open(ObjectStore store, List<X509Certificate> pkiAnchors,
            Duration refreshEvery) {
        Objects.requireNonNull(store, "store");
        if (refreshEvery.isNegative() || refreshEvery.isZero()) {
            throw new IllegalArgumentException("refreshEvery must be positive: " + refreshEvery);
        }
        StoreClientTrustSource source = new StoreClientTrustSource(store, pkiAnchors, refreshEvery);
        try {
            source.refresh();
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        long millis = refreshEvery.toMillis();
        source.scheduler.scheduleWithFixedDelay(source::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return source;
    }

    @Override
    public ClientTrust current() {
        return current;
    }

    /**
     * Rebuilds the snapshot from the store now and returns it. Blocks on JDBC; call it from a worker
     * thread after changing adapters, trust anchors or client certificates. Serialised, so that a slow
     * reload cannot replace a newer snapshot with an older one.
     */
    public synchronized ClientTrust refresh() {
        List<TrustedIssuer> issuers = new ArrayList<>();
        for (X509Certificate ca : pkiAnchors) {
            issuers.add(TrustedIssuer.anchorOnly(ca));
        }
        Map<String, String> adapterNames = new HashMap<>();
        List<PinnedCertificate> pinned = new ArrayList<>();
        for (Adapter adapter : store.listAdapters()) {
            adapterNames.put(adapter.id(), adapter.name());
            for (ClientCertificate certificate : store.certificatesOf(adapter.id())) {
                pinned.add(new PinnedCertificate(certificate.fingerprint(), adapter.id(), adapter.name()));
            }
        }
        for (AdapterTrust trust : store.listTrust()) {
            String adapterName = adapterNames.get(trust.adapterId());
            if (adapterName == null) {
                continue; // the adapter was deleted between the two reads
            }
            TrustedIssuer issuer = issuer(trust, adapterName);
            if (issuer != null) {
                issuers.add(issuer);
            }
        }
        ClientTrust trust = ClientTrust.of(issuers, pinned, store.revokedFingerprints());
        current = trust;
        LOG.debug("Client trust reloaded: {}", trust);
        return trust;
    }

    private static TrustedIssuer issuer(AdapterTrust trust, String adapterName) {
        X509Certificate ca;
        Pattern pattern;
        try {
            List<X509Certificate> certificates = PemFiles.certificatesFromPem(trust.caPem());
            if (certificates.isEmpty()) {
                LOG.warn("Trust anchor {} of adapter {} holds no certificate; ignored", trust.id(), adapterName);
                return null;
            }
            ca = certificates.get(0);
            pattern = trust.subjectPattern() == null || trust.subjectPattern().isEmpty()
                    ? null : Pattern.compile(trust.subjectPattern());
        } catch (PatternSyntaxException e) {
            LOG.warn("Trust anchor {} of adapter {} has an invalid subject pattern; ignored", trust.id(), adapterName);
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Trust anchor {} of adapter {} cannot be read ({}); ignored", trust.id(), adapterName,
                    e.getMessage());
            return null;
        }
        return TrustedIssuer.ofAdapter(ca, trust.adapterId(), adapterName, pattern);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Reloading client trust from the store failed; keeping the previous snapshot: {}", e.toString());
        }
    }

    /** Stops the background refresh; {@link #current()} keeps answering the last snapshot. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
