package io.kmipserver.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.HdrHistogram.AbstractHistogram;

/**
 * The result of one load run: per-operation throughput and latency percentiles, a total, and a
 * sample of failures; printed as a table for people and as one JSON line for scripts.
 *
 * <p>Latencies are closed-loop service times (each connection waits for a response before sending
 * the next request), in microseconds. Count and latency include failed requests; {@code errors}
 * says how many of them were not a Success.
 *
 * @param label the run's free name
 * @param target {@code host:port}
 * @param workload {@code mix get:90,create:10} or {@code lifecycle}
 * @param connections concurrent connections
 * @param durationSeconds the measured window
 * @param warmupSeconds the unmeasured load before it
 * @param kmipVersion the requests' Protocol Version, e.g. {@code 1.2}
 * @param tls the negotiated protocol and cipher suite, or {@code null} when no connection was made
 * @param operations one row per operation sent, in {@link LoadOperation} order
 * @param total all operations together
 * @param errors the first distinct failures with their counts
 * @param failure why the run did not complete (a connection or set-up failure), or {@code null}
 */
public record LoadReport(
        String label,
        String target,
        String workload,
        int connections,
        double durationSeconds,
        double warmupSeconds,
        String kmipVersion,
        String tls,
        List<Row> operations,
        Row total,
        List<String> errors,
        String failure) {

    public LoadReport {
        Objects.requireNonNull(total, "total");
        operations = List.copyOf(operations);
        errors = List.copyOf(errors);
    }

    /**
     * One operation's figures.
     *
     * @param operation {@code get}, {@code create}, … or {@code total}
     * @param count requests completed in the measured window, failed ones included
     * @param opsPerSecond count / measured seconds
     * @param p50Micros median latency
     * @param p99Micros 99th percentile
     * @param p999Micros 99.9th percentile
     * @param maxMicros the largest latency seen
     * @param errors requests answered with another Result Status than Success, or not answered
     */
    public record Row(String operation, long count, double opsPerSecond, long p50Micros, long p99Micros,
            long p999Micros, long maxMicros, long errors) {

        /** The row of {@code histogram} over a window of {@code seconds}. */
        static Row of(String operation, AbstractHistogram histogram, long errors, double seconds) {
            long count = histogram.getTotalCount();
            return new Row(operation, count, seconds > 0 ? count / seconds : 0,
                    count == 0 ? 0 : histogram.getValueAtPercentile(50.0),
                    count == 0 ? 0 : histogram.getValueAtPercentile(99.0),
                    count == 0 ? 0 : histogram.getValueAtPercentile(99.9),
                    count == 0 ? 0 : histogram.getMaxValue(), errors);
        }
    }

    /** True when the run completed and no request failed. */
    public boolean clean() {
        return failure == null && total.errors() == 0;
    }

    /** The human-readable report: a heading, the table, then failures if any. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "kmip load%s: %s, %s, %d connection%s, %s s measured after %s s warm-up%n",
                label.isEmpty() ? "" : " [" + label + "]", target, workload, connections, connections == 1 ? "" : "s",
                number(durationSeconds), number(warmupSeconds)));
        sb.append(String.format(Locale.ROOT, "KMIP %s, %s%n", kmipVersion, tls == null ? "no TLS session" : tls));
        String format = "%-10s %10s %10s %10s %10s %11s %10s %8s%n";
        sb.append(String.format(Locale.ROOT, format, "operation", "count", "ops/s", "p50 (us)", "p99 (us)",
                "p99.9 (us)", "max (us)", "errors"));
        List<Row> rows = new ArrayList<>(operations);
        if (operations.size() != 1) {
            rows.add(total);
        }
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, format, r.operation(), r.count(),
                    String.format(Locale.ROOT, "%.1f", r.opsPerSecond()), r.p50Micros(), r.p99Micros(), r.p999Micros(),
                    r.maxMicros(), r.errors()));
        }
        if (!errors.isEmpty()) {
            sb.append("first failures:").append(System.lineSeparator());
            for (String e : errors) {
                sb.append("  ").append(e).append(System.lineSeparator());
            }
        }
        if (failure != null) {
            sb.append("RUN FAILED: ").append(failure).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** The same content as one JSON object on one line (no line breaks inside). */
    public String json() {
        StringBuilder sb = new StringBuilder(512).append('{');
        field(sb, "label", label).append(',');
        field(sb, "target", target).append(',');
        field(sb, "workload", workload).append(',');
        sb.append("\"connections\":").append(connections).append(',');
        sb.append("\"duration_s\":").append(number(durationSeconds)).append(',');
        sb.append("\"warmup_s\":").append(number(warmupSeconds)).append(',');
        field(sb, "kmip_version", kmipVersion).append(',');
        field(sb, "tls", tls).append(',');
        sb.append("\"operations\":");
        array(sb, operations, LoadReport::row);
        sb.append(",\"total\":");
        row(sb, total);
        sb.append(",\"errors\":");
        array(sb, errors, LoadReport::quote);
        sb.append(',');
        field(sb, "failure", failure);
        return sb.append('}').toString();
    }

    private static <T> void array(StringBuilder sb, List<T> items, BiConsumer<StringBuilder, T> element) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            element.accept(sb, items.get(i));
        }
        sb.append(']');
    }

    private static void row(StringBuilder sb, Row r) {
        sb.append('{');
        field(sb, "operation", r.operation());
        sb.append(",\"count\":").append(r.count())
                .append(",\"ops_per_s\":").append(String.format(Locale.ROOT, "%.1f", r.opsPerSecond()))
                .append(",\"p50_us\":").append(r.p50Micros())
                .append(",\"p99_us\":").append(r.p99Micros())
                .append(",\"p999_us\":").append(r.p999Micros())
                .append(",\"max_us\":").append(r.maxMicros())
                .append(",\"errors\":").append(r.errors())
                .append('}');
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        quote(sb, name).append(':');
        return value == null ? sb.append("null") : quote(sb, value);
    }

    /** Appends {@code s} as a JSON string (RFC 8259 §7): quote, backslash and control characters escaped. */
    static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"');
    }

    /** {@code 20} for whole numbers, else up to three decimals: {@code 2.5}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
