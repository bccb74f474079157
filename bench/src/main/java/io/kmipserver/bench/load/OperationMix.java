package io.kmipserver.bench.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Weighted choice among standalone operations, parsed from {@code --mix get:90,create:10}. Weights
 * are relative (they need not add up to 100); each request picks one operation with probability
 * weight / total.
 *
 * <p>Immutable; {@link #pick(int)} is safe from any thread.
 */
public final class OperationMix {

    /** Upper bound of one weight, so that the running total cannot overflow. */
    static final int MAX_WEIGHT = 1_000_000;

    private final LoadOperation[] operations;
    private final int[] cumulative;

    private OperationMix(Map<LoadOperation, Integer> weights) {
        List<LoadOperation> ops = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LoadOperation, Integer> e : weights.entrySet()) {
            if (e.getValue() > 0) {
                total += e.getValue();
                ops.add(e.getKey());
                sums.add(total);
            }
        }
        this.operations = ops.toArray(LoadOperation[]::new);
        this.cumulative = sums.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Parses {@code op:weight[,op:weight…]}, e.g. {@code get:90,create:10}. A bare {@code create}
     * means weight 1. An operation named twice adds up.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown or non-standalone operation,
     *     a weight that is not a non-negative integer, or no positive weight at all
     */
    public static OperationMix parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("the mix is empty; expected e.g. get:90,create:10");
        }
        Map<LoadOperation, Integer> weights = new EnumMap<>(LoadOperation.class);
        for (String part : spec.split(",", -1)) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("empty entry in mix '" + spec + "'");
            }
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry : entry.substring(0, colon);
            LoadOperation op = LoadOperation.fromLabel(name);
            if (!op.mixable()) {
                throw new IllegalArgumentException("'" + op.label() + "' needs an object in a given state and "
                        + "cannot be part of a mix; use --scenario lifecycle");
            }
            int weight = colon < 0 ? 1 : parseWeight(entry.substring(colon + 1).trim(), entry);
            weights.merge(op, weight, (a, b) -> Math.min(MAX_WEIGHT, a + b));
        }
        if (weights.values().stream().noneMatch(w -> w > 0)) {
            throw new IllegalArgumentException("mix '" + spec + "' has no positive weight");
        }
        return new OperationMix(weights);
    }

    private static int parseWeight(String text, String entry) {
        int weight;
        try {
            weight = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight of '" + entry + "' is not an integer");
        }
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("weight of '" + entry + "' must be 0.." + MAX_WEIGHT);
        }
        return weight;
    }

    /** The sum of all weights. */
    public int totalWeight() {
        return cumulative[cumulative.length - 1];
    }

    /** The weight of {@code op}, 0 when it is not in the mix. */
    public int weight(LoadOperation op) {
        for (int i = 0; i < operations.length; i++) {
            if (operations[i] == op) {
                return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            }
        }
        return 0;
    }

    /** True when {@code op} has a positive weight. */
    public boolean includes(LoadOperation op) {
        return weight(op) > 0;
    }

    /**
     * The operation for a uniformly drawn {@code ticket} in {@code [0, totalWeight())}.
     *
     * @throws IllegalArgumentException when the ticket is out of range
     */
    public LoadOperation pick(int ticket) {
        if (ticket < 0 || ticket >= totalWeight()) {
            throw new IllegalArgumentException("ticket " + ticket + " outside [0, " + totalWeight() + ")");
        }
        for (int i = 0; i < cumulative.length; i++) {
            if (ticket < cumulative[i]) {
                return operations[i];
            }
        }
        throw new AssertionError("unreachable: ticket below the total");
    }

    /** The canonical form, e.g. {@code get:90,create:10}, in operation order. */
    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(",");
        for (LoadOperation op : operations) {
            joiner.add(op.label() + ":" + weight(op));
        }
        return joiner.toString();
    }
}
