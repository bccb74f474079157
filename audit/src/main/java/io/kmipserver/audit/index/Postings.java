package io.kmipserver.audit.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code postings} table — one row per (event, object identifier) and per (event, correlation
 * id) — kept as a log-structured merge of sorted runs, and the {@code runs} table that lists them.
 *
 * <p>Why not one B-tree keyed by identifier: with 100,000 keys and millions of rows, each event's
 * row lands on a random leaf page, so each event dirtied about one 4 KiB page, written to the WAL and
 * again at the checkpoint; at 10 million events that random insert was the indexer's largest cost.
 * Here a batch's rows are sorted and written as a new run (key {@code (run, k, time, pos)}, the run
 * number increasing), so they append to a few pages. A lookup probes each run, so runs are merged:
 * runs are kept in journal order; when the newest runs of a size tier number {@link
 * MergePolicy#fanIn}, they (with any smaller runs above them) are merged into one run, in
 * identifier-hash ranges a step per transaction so that no transaction (and no event's lag) waits
 * for a large merge. A step moves each row of its range from the input runs to the output run in one
 * transaction, so a reader (one read transaction per query) sees every row in exactly one listed
 * run. With runs tiered by powers of {@code fanIn}, a lookup probes a few dozen runs at most and a
 * row is rewritten about once per tier.
 *
 * <p>Runs cover adjacent ranges of journal positions, so retention drops the runs wholly before the
 * journal's first kept event at once, and deletes row by row only in the run that straddles it.
 *
 * <p>Threading: confined to the writer's thread, like {@link IndexWriter}.
 */
final class Postings {
    /**
     * How runs merge.
     *
     * @param fanIn          how many runs of one size tier are merged into one
     * @param minStepRows    the merge work (rows moved) of a step while the indexer is idle
     * @param rowsPerPosting the merge work a transaction that adds rows may do per row it adds:
     *                       enough to keep up (a row is rewritten about once per size tier), not
     *                       so much that a burst of events waits behind merges that can wait for
     *                       an idle moment
     */
    record MergePolicy(int fanIn, long minStepRows, int rowsPerPosting) {
        static final MergePolicy DEFAULT = new MergePolicy(16, 50_000, 4);
    }

    /** One row to add: the lookup key, the event's time and position, what a usage summary counts. */
    record Posting(long k, long time, long pos, Long owner, long action, int outcome) {
        static final Comparator<Posting> ORDER = Comparator.comparingLong(Posting::k).thenComparingLong(Posting::time)
                .thenComparingLong(Posting::pos);
    }

    /** A run: its number, its rows (at its creation), the journal positions it covers. */
    private static final class Run {
        final long id;
        long rows;
        long firstPos;
        long lastPos;
        /** The merge this run is an input or the output of; null when none. */
        Merge merge;

        Run(long id, long rows, long firstPos, long lastPos) {
            this.id = id;
            this.rows = rows;
            this.firstPos = firstPos;
            this.lastPos = lastPos;
        }
    }

    /** A merge in progress: rows with {@code k >= nextK} are still in the inputs. */
    private static final class Merge {
        final List<Run> inputs;
        final Run output;
        long nextK;
        boolean done;

        Merge(List<Run> inputs, Run output, long nextK) {
            this.inputs = inputs;
            this.output = output;
            this.nextK = nextK;
        }

        long inputRows() {
            return inputs.stream().mapToLong(r -> r.rows).sum();
        }
    }

    static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS postings (run INTEGER NOT NULL, k INTEGER NOT NULL, time INTEGER NOT NULL,"
                + " pos INTEGER NOT NULL, owner_h INTEGER, action_h INTEGER NOT NULL, outcome INTEGER NOT NULL,"
                + " PRIMARY KEY (run, k, time, pos)) WITHOUT ROWID",
        // merging_into: the output run of the merge this run is an input of; next_k: on a merge's
        // output run, where its next step starts
        "CREATE TABLE IF NOT EXISTS runs (run INTEGER PRIMARY KEY, rows INTEGER NOT NULL, first_pos INTEGER NOT NULL,"
                + " last_pos INTEGER NOT NULL, merging_into INTEGER, next_k INTEGER)",
    };

    private final Connection connection;
    private final MergePolicy policy;
    private final PreparedStatement insert;
    private final PreparedStatement insertRun;
    /** The runs in journal order (oldest positions first). */
    private final List<Run> runs = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private long nextRun;

    Postings(Connection connection, MergePolicy policy, long nextRun) throws SQLException {
        this.connection = connection;
        this.policy = policy;
        this.nextRun = nextRun;
        this.insert = connection.prepareStatement("INSERT OR IGNORE INTO postings (run, k, time, pos, owner_h, action_h, outcome)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        this.insertRun = connection.prepareStatement("INSERT OR REPLACE INTO runs (run, rows, first_pos, last_pos, merging_into,"
                + " next_k) VALUES (?, ?, ?, ?, ?, ?)");
        load();
    }

    private void load() throws SQLException {
        runs.clear();
        merges.clear();
        List<long[]> inputsOf = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT run, rows, first_pos, last_pos, merging_into, next_k FROM runs")) {
            while (rs.next()) {
                Run run = new Run(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                runs.add(run);
                long into = rs.getLong(5);
                if (!rs.wasNull()) {
                    inputsOf.add(new long[] {run.id, into});
                }
                long nextK = rs.getLong(6);
                if (!rs.wasNull()) {
                    Merge merge = new Merge(new ArrayList<>(), run, nextK);
                    run.merge = merge;
                    merges.add(merge);
                }
            }
        }
        for (long[] link : inputsOf) {
            Run input = find(link[0]);
            Merge merge = find(link[1]).merge;
            input.merge = merge;
            merge.inputs.add(input);
        }
        // a merge's output stands where its inputs stood: the runs listed are ordered by the positions covered
        runs.removeIf(r -> r.merge != null && r.merge.output != r);
        runs.sort(Comparator.comparingLong(r -> r.firstPos));
        for (Merge merge : merges) {
            merge.inputs.sort(Comparator.comparingLong(r -> r.firstPos));
        }
    }

    private Run find(long id) {
        return runs.stream().filter(r -> r.id == id).findFirst().orElseThrow(
                () -> new IllegalStateException("the audit index lists no run " + id));
    }

    /**
     * Writes the batch's postings as a new run, then does merge work in proportion; in the caller's
     * transaction.
     */
    void add(List<Posting> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(Posting.ORDER);
        long id = nextRun++;
        long firstPos = Long.MAX_VALUE;
        long lastPos = Long.MIN_VALUE;
        for (Posting p : batch) {
            insert.setLong(1, id);
            insert.setLong(2, p.k());
            insert.setLong(3, p.time());
            insert.setLong(4, p.pos());
            IndexWriter.setNullable(insert, 5, p.owner());
            insert.setLong(6, p.action());
            insert.setInt(7, p.outcome());
            insert.addBatch();
            firstPos = Math.min(firstPos, p.pos());
            lastPos = Math.max(lastPos, p.pos());
        }
        insert.executeBatch();
        Run run = new Run(id, batch.size(), firstPos, lastPos);
        runs.add(run);
        saveRun(run, null, null);
        merge((long) policy.rowsPerPosting() * batch.size());
    }

    /** Whether merges are pending or due: work {@link #merge} would do. */
    boolean mergePending() {
        return !merges.isEmpty() || nextWindow() != null;
    }

    /** Moves up to about {@link MergePolicy#minStepRows} rows, as {@link #merge} does. */
    void mergeStep() throws SQLException {
        merge(policy.minStepRows());
    }

    /**
     * Moves up to about {@code budget} rows between runs: the smallest merges in progress first, then
     * new ones as they become due; in the caller's transaction.
     */
    void merge(long budget) throws SQLException {
        long left = budget;
        while (left > 0) {
            List<Run> window = nextWindow();
            if (window != null) {
                start(window);
            }
            if (merges.isEmpty()) {
                return;
            }
            Merge merge = merges.stream().min(Comparator.comparingLong(Merge::inputRows)).orElseThrow();
            left -= step(merge, left);
            if (merge.done) {
                finish(merge);
            } else if (window == null) {
                return; // the budget is spent on a merge that goes on in the next transaction
            }
        }
    }

    /**
     * The runs to merge next, or null. In each stretch of runs not being merged, for each size tier
     * {@code t} from the smallest: the newest runs down to the first of a bigger tier are merged once
     * {@code fanIn} of them are of tier {@code t}; or, once {@code fanIn} of them are smaller than
     * {@code t} (small runs left below a bigger one, as batches of varying size leave them), those
     * down to the oldest such small run.
     */
    private List<Run> nextWindow() {
        int end = runs.size();
        while (end > 0) {
            int start = end;
            while (start > 0 && runs.get(start - 1).merge == null) {
                start--;
            }
            List<Run> stretch = runs.subList(start, end);
            int maxTier = stretch.stream().mapToInt(r -> tier(r.rows)).max().orElse(0);
            for (int t = 0; t <= maxTier; t++) {
                int from = stretch.size();
                while (from > 0 && tier(stretch.get(from - 1).rows) <= t) {
                    from--;
                }
                int ofTier = 0;
                int smaller = 0;
                int oldestSmaller = -1;
                for (int i = from; i < stretch.size(); i++) {
                    if (tier(stretch.get(i).rows) == t) {
                        ofTier++;
                    } else {
                        smaller++;
                        oldestSmaller = oldestSmaller < 0 ? i : oldestSmaller;
                    }
                }
                if (ofTier >= policy.fanIn()) {
                    return new ArrayList<>(stretch.subList(from, stretch.size()));
                }
                if (smaller >= policy.fanIn()) {
                    return new ArrayList<>(stretch.subList(oldestSmaller, stretch.size()));
                }
            }
            end = start - 1; // skip the run being merged
        }
        return null;
    }

    private int tier(long rows) {
        int tier = 0;
        for (long size = policy.fanIn(); size <= rows; size *= policy.fanIn()) {
            tier++;
        }
        return tier;
    }

    private void start(List<Run> window) throws SQLException {
        Run output = new Run(nextRun++, 0, window.get(0).firstPos, window.get(window.size() - 1).lastPos);
        Merge merge = new Merge(window, output, Long.MIN_VALUE);
        output.merge = merge;
        int at = runs.indexOf(window.get(0));
        runs.removeAll(window);
        runs.add(at, output);
        for (Run input : window) {
            input.merge = merge;
            saveRun(input, output.id, null);
        }
        merges.add(merge);
        saveRun(output, null, merge.nextK);
    }

    /**
     * Moves the rows of the next identifier-hash range, sized to about {@code budget} rows (hashes
     * are uniform), from the merge's inputs to its output, in key order so that they append.
     *
     * @return about how many rows moved
     */
    private long step(Merge merge, long budget) throws SQLException {
        long total = Math.max(1, merge.inputRows());
        double fraction = (double) budget / total;
        long from = merge.nextK;
        long fromUnsigned = from ^ Long.MIN_VALUE;
        long room = -1L - fromUnsigned; // unsigned: the hashes left above `from`, less one
        long to;
        if (fraction >= 1) {
            to = Long.MAX_VALUE;
        } else {
            long width = Math.max(1, (long) (fraction * 0x1p63)) << 1;
            to = Long.compareUnsigned(width - 1, room) >= 0 ? Long.MAX_VALUE : (fromUnsigned + width - 1) ^ Long.MIN_VALUE;
        }
        String inputs = ids(merge.inputs);
        long moved;
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO postings (run, k, time, pos, owner_h,"
                + " action_h, outcome) SELECT ?, k, time, pos, owner_h, action_h, outcome FROM postings WHERE run IN ("
                + inputs + ") AND k >= ? AND k <= ? ORDER BY k, time, pos");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM postings WHERE run IN (" + inputs
                     + ") AND k >= ? AND k <= ?")) {
            copy.setLong(1, merge.output.id);
            copy.setLong(2, from);
            copy.setLong(3, to);
            moved = copy.executeUpdate();
            delete.setLong(1, from);
            delete.setLong(2, to);
            delete.executeUpdate();
        }
        merge.output.rows += moved;
        if (to == Long.MAX_VALUE) {
            merge.done = true;
        } else {
            merge.nextK = to + 1;
            saveRun(merge.output, null, merge.nextK);
        }
        return Math.max(moved, (long) (total * Math.min(1, fraction)));
    }

    private void finish(Merge merge) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM runs WHERE run IN (" + ids(merge.inputs) + ")");
        }
        merges.remove(merge);
        merge.output.merge = null;
        saveRun(merge.output, null, null);
    }

    /**
     * Deletes the postings of events before {@code firstKept}: whole runs below it at once; in the
     * runs that straddle it, the rows {@code keys} names (the keys, times and positions of the
     * deleted events), found by key. In the caller's transaction.
     */
    void deleteRunsBefore(long firstKept) throws SQLException {
        List<Run> whole = new ArrayList<>();
        for (Run run : runs) {
            if (run.lastPos < firstKept && run.merge == null) {
                whole.add(run);
            }
        }
        if (whole.isEmpty()) {
            return;
        }
        try (PreparedStatement deleteRows = connection.prepareStatement("DELETE FROM postings WHERE run = ?");
             PreparedStatement deleteRun = connection.prepareStatement("DELETE FROM runs WHERE run = ?")) {
            for (Run run : whole) {
                deleteRows.setLong(1, run.id);
                deleteRows.executeUpdate();
                deleteRun.setLong(1, run.id);
                deleteRun.executeUpdate();
            }
        }
        runs.removeAll(whole);
    }

    /** The runs that may hold postings of events before {@code firstKept} after {@link #deleteRunsBefore}. */
    List<Long> runsStraddling(long firstKept) {
        List<Long> ids = new ArrayList<>();
        for (Run run : runs) {
            if (run.firstPos < firstKept) {
                ids.add(run.id);
                if (run.merge != null && run.merge.output == run) {
                    run.merge.inputs.forEach(input -> ids.add(input.id));
                }
            }
        }
        return ids;
    }

    private void saveRun(Run run, Long mergingInto, Long nextK) throws SQLException {
        insertRun.setLong(1, run.id);
        insertRun.setLong(2, run.rows);
        insertRun.setLong(3, run.firstPos);
        insertRun.setLong(4, run.lastPos);
        IndexWriter.setNullable(insertRun, 5, mergingInto);
        IndexWriter.setNullable(insertRun, 6, nextK);
        insertRun.executeUpdate();
    }

    /** Forgets the in-memory state after a rolled-back transaction: it is read again from the tables. */
    void reload(long nextRun) throws SQLException {
        this.nextRun = nextRun;
        load();
    }

    long nextRun() {
        return nextRun;
    }

    private static String ids(List<Run> runs) {
        StringJoiner ids = new StringJoiner(", ");
        runs.forEach(r -> ids.add(Long.toString(r.id)));
        return ids.toString();
    }

    /** The runs a lookup probes, read in the caller's read transaction (so merges cannot move rows under it). */
    static List<Long> runs(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT run FROM runs ORDER BY run")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
