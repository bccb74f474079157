package io.kmipserver.audit.cli;

import picocli.CommandLine.Option;

/**
 * The shape of a synthetic journal ({@link SyntheticEvents}): how many days, keys and adapters. One
 * definition for {@code audit generate}, which makes the events, and {@code audit benchmark}, which
 * must be given the same values to query keys and initiators that exist.
 */
final class SyntheticShapeOptions {
    @Option(names = "--days", defaultValue = "30", paramLabel = "D",
            description = "Events spread over the last D days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--keys", defaultValue = "100000", paramLabel = "K", description = "Distinct keys (default ${DEFAULT-VALUE}).")
    int keys;

    @Option(names = "--adapters", defaultValue = "10", paramLabel = "A",
            description = "Adapters, 3 client certificates each (default ${DEFAULT-VALUE}).")
    int adapters;

    /** True when every count is positive and there are no more adapters than keys. */
    boolean valid() {
        return days >= 1 && keys >= 1 && adapters >= 1 && adapters <= keys;
    }
}
