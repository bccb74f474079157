package io.kmipserver.audit.cli;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Reason;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic made-up events for benchmarks and tests: a mix of KMIP operations by the clients of a
 * few adapters on their keys, with the failures, reasons, severities and shared correlation ids of
 * real traffic, and the field sizes of real events (subject DNs, SHA-256 fingerprints, UUIDs).
 * Deterministic for a seed.
 *
 * <p>Threading: not thread-safe.
 */
public final class SyntheticEvents {
    /** Actions and their weights, roughly a key manager's day: mostly reads. */
    private static final String[] ACTIONS = {"kmip.get", "kmip.get-attributes", "kmip.locate", "kmip.encrypt", "kmip.decrypt",
        "kmip.create", "kmip.activate", "kmip.revoke", "kmip.destroy", "kmip.handshake", "management.events.list",
        "management.kmip_adapter.read"};
    private static final int[] WEIGHTS = {36, 12, 8, 10, 9, 7, 6, 3, 3, 2, 2, 2};
    private static final String[] REASONS = {"Item Not Found", "Permission Denied", "Wrong Key Lifecycle State",
        "Invalid Field"};
    private static final int CERTIFICATES_PER_ADAPTER = 3;

    private final SplittableRandom random;
    private final int keys;
    private final int adapters;
    private final String observer;
    private final int totalWeight;
    private String correlationId;
    private int correlationLeft;
    private long correlationCounter;

    public SyntheticEvents(long seed, int keys, int adapters, String observer) {
        if (keys < 1 || adapters < 1 || adapters > keys) {
            throw new IllegalArgumentException("need 1 <= adapters <= keys: " + adapters + ", " + keys);
        }
        this.random = new SplittableRandom(seed);
        this.keys = keys;
        this.adapters = adapters;
        this.observer = observer;
        int sum = 0;
        for (int w : WEIGHTS) {
            sum += w;
        }
        this.totalWeight = sum;
    }

    /** The name of adapter {@code a} (0-based). */
    public static String adapterName(int a) {
        return "tenant-" + a;
    }

    /** The unique identifier of key {@code k} (0-based), shaped like a UUID. */
    public static String keyId(int k) {
        long hi = mix(k * 2L + 1);
        long lo = mix(k * 2L + 2);
        return String.format(Locale.ROOT, "%08x-%04x-7%03x-%04x-%012x", hi >>> 32, (hi >>> 16) & 0xFFFF, hi & 0xFFF,
                (lo >>> 48) & 0x3FFF | 0x8000, lo & 0xFFFF_FFFF_FFFFL);
    }

    /** The SHA-256-sized fingerprint (64 hex digits) of certificate {@code c} of adapter {@code a}. */
    public static String fingerprint(int a, int c) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            hex.append(String.format(Locale.ROOT, "%016x", mix(a * 1_000L + c * 10L + i)));
        }
        return hex.toString();
    }

    public static String subject(int a, int c) {
        return "CN=client-" + c + "." + adapterName(a) + ",OU=KMIP clients,O=Example Corp,C=US";
    }

    /** Keys are dealt to adapters round-robin: key {@code k} belongs to adapter {@code k % adapters}. */
    public int adapterOf(int key) {
        return key % adapters;
    }

    /** The next event, at the given time (microseconds since the epoch). */
    public AuditEvent next(String id, long eventTime) {
        String action = pickAction();
        int key = random.nextInt(keys);
        int adapter = adapterOf(key);
        int certificate = random.nextInt(CERTIFICATES_PER_ADAPTER);
        boolean handshake = action.equals("kmip.handshake");
        boolean management = action.startsWith("management.");
        boolean failed = random.nextInt(100) < (handshake ? 30 : 3);
        AuditEvent.Builder event = AuditEvent.builder()
                .id(id)
                .eventTime(eventTime)
                .action(action)
                .outcome(failed ? Outcome.FAILURE : Outcome.SUCCESS)
                .severity(failed ? (handshake ? Severity.CRITICAL : Severity.WARNING) : Severity.NORMAL)
                .initiator(new Initiator(management ? null : adapterName(adapter), subject(adapter, certificate),
                        fingerprint(adapter, certificate), "10.20." + adapter + "." + (10 + certificate),
                        40_000 + random.nextInt(20_000), "TLSv1.3", "TLS_AES_256_GCM_SHA384"))
                .observer(observer);
        if (failed) {
            event.reason(handshake ? new Reason("401", "unknown client certificate")
                    : new Reason(REASONS[random.nextInt(REASONS.length)], "refused by the synthetic workload"));
        }
        if (handshake || management) {
            event.target(new Target(List.of(), null, management ? null : adapterName(adapter)));
        } else if (action.equals("kmip.locate")) {
            int found = random.nextInt(4);
            List<String> ids = new ArrayList<>(found);
            for (int i = 0; i < found; i++) {
                int k = random.nextInt(keys / adapters + 1) * adapters + adapter;
                ids.add(keyId(k < keys ? k : key));
            }
            event.target(new Target(ids.stream().distinct().toList(), "Symmetric Key", adapterName(adapter)));
            event.request("objectType", "Symmetric Key").response("found", Integer.toString(ids.size()));
        } else {
            event.target(Target.object(keyId(key), "Symmetric Key", adapterName(adapter)));
            event.request("uniqueIdentifier", keyId(key));
            if (action.equals("kmip.create")) {
                event.request("cryptographicAlgorithm", "AES").request("cryptographicLength", "256");
            }
        }
        if (!management && !handshake) {
            event.correlationId(nextCorrelationId());
        }
        return event.build();
    }

    private String pickAction() {
        int pick = random.nextInt(totalWeight);
        for (int i = 0; i < ACTIONS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return ACTIONS[i];
            }
        }
        throw new AssertionError("weights sum to " + totalWeight);
    }

    /** Batches of one to three items share a correlation id, as a request message's batch items do. */
    private String nextCorrelationId() {
        if (correlationLeft == 0) {
            correlationLeft = 1 + random.nextInt(3);
            correlationId = "req-" + Long.toString(mix(++correlationCounter) >>> 8, 36);
        }
        correlationLeft--;
        return correlationId;
    }

    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
