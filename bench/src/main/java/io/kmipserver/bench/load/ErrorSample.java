package io.kmipserver.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first few distinct failures of a run, with how often each occurred, so that a report can say
 * why requests failed without keeping every failure. A description holds the operation, the Result
 * Reason and the server's Result Message (which a server must keep free of secrets), never request
 * content.
 *
 * <p>Thread-safe: every worker adds to the one sample of the run.
 */
final class ErrorSample {

    /** Distinct descriptions kept; later distinct ones are only counted. */
    static final int DISTINCT = 5;

    /** Longest description kept, so a verbose server message cannot flood the report. */
    static final int MAX_LENGTH = 200;

    private final Map<String, Long> first = new LinkedHashMap<>();
    private long others;

    synchronized void add(String description) {
        String text = description.length() > MAX_LENGTH ? description.substring(0, MAX_LENGTH) + "…" : description;
        Long seen = first.get(text);
        if (seen != null) {
            first.put(text, seen + 1);
        } else if (first.size() < DISTINCT) {
            first.put(text, 1L);
        } else {
            others++;
        }
    }

    /** One line per distinct failure, e.g. {@code 3x get: Item Not Found (no such object)}, then the rest. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        first.forEach((text, count) -> lines.add(count + "x " + text));
        if (others > 0) {
            lines.add(others + "x other failures");
        }
        return lines;
    }
}
