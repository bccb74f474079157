package io.kmipserver.audit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.audit.cli.SyntheticEvents;
import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import io.kmipserver.audit.query.EventPage;
import io.kmipserver.audit.query.EventQueries;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.query.IndexStatus;
import io.kmipserver.audit.query.InvalidCursorException;
import io.kmipserver.audit.query.Subscription;
import io.kmipserver.audit.query.UsageSummary;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditIndexTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-20T08:00:00Z");
    private ChronicleAuditJournal journal;
    private AuditIndex index;
    private final List<AuditEvent> appended = new ArrayList<>();
    private final SyntheticEvents synthetic = new SyntheticEvents(42, 12, 3, "node-1");
    private int nextId;

    @BeforeEach
    void open() {
        journal = ChronicleAuditJournal.open(dir.resolve("journal"), TestEvents.OPTIONS, clock);
        index = startIndex();
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
        journal.close();
    }

    private AuditIndex startIndex() {
        return AuditIndex.start(indexFile(), journal.reader(), journal::lastSequence, clock);
    }

    private Path indexFile() {
        return dir.resolve("index/events.db");
    }

    /** Appends n synthetic events, a few seconds apart, over a few days of the test clock. */
    private void append(int n) {
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofSeconds(1 + (i % 7) * 97));
            AuditEvent event = synthetic.next("ev-" + (++nextId), EventTimes.nowMicros(clock));
            journal.append(event);
            appended.add(event);
        }
    }

    /**
     * Pages through {@code query} while another thread appends later events, and checks the pages hold
     * every event of {@code before} exactly once and nothing else (the later events are newer than the
     * first page's cursor).
     *
     * @param restEvery the appender rests 1 ms after this many events (0: never)
     * @param pauseNanos the client's pause between pages
     */
    private void assertPagesHoldEachEarlierEventOnceWhileAppending(EventQuery query, Set<String> before, int restEvery,
            long pauseNanos) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            int n = 0;
            while (!stop.get()) {
                journal.append(synthetic.next("late-" + (++n), EventTimes.nowMicros(clock)));
                if (restEvery > 0 && n % restEvery == 0) {
                    LockSupport.parkNanos(1_000_000);
                }
            }
        });
        writer.start();
        List<String> seen;
        try {
            seen = pagedIds(index, query, pauseNanos);
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).filteredOn(before::contains).hasSize(before.size());
        assertThat(seen).filteredOn(id -> !before.contains(id)).isEmpty();
    }

    private static List<String> allIds(EventQueries queries, EventQuery query) {
        return pagedIds(queries, query, 0);
    }

    /** Every page's event ids in order, following the cursors, pausing between pages. */
    private static List<String> pagedIds(EventQueries queries, EventQuery query, long pauseNanos) {
        List<String> ids = new ArrayList<>();
        EventPage page = queries.search(query);
        ids.addAll(page.events().stream().map(AuditEvent::id).toList());
        while (page.nextCursor() != null) {
            if (pauseNanos > 0) {
                LockSupport.parkNanos(pauseNanos);
            }
            page = queries.search(query.withCursor(page.nextCursor()));
            ids.addAll(page.events().stream().map(AuditEvent::id).toList());
        }
        return ids;
    }

    /** Queries touching every filter alone and in combination, with values taken from the events. */
    private List<EventQuery> queries() {
        AuditEvent sample = appended.get(appended.size() / 2);
        AuditEvent failure = appended.stream().filter(e -> e.outcome() == Outcome.FAILURE && e.reason() != null)
                .findFirst().orElseThrow();
        String key = appended.stream().filter(e -> e.target().uniqueIdentifiers().size() == 1).findFirst().orElseThrow()
                .target().uniqueIdentifiers().get(0);
        Instant dayStart = Instant.parse("2026-11-21T00:00:00Z");
        Instant dayEnd = dayStart.plus(Duration.ofDays(1));
        EventQuery all = EventQuery.all().withLimit(17);
        return List.of(
                all,
                all.withTime(dayStart, dayEnd),
                all.withTime(dayStart, null),
                all.withActions(List.of("kmip.get")),
                all.withActions(List.of("kmip.destroy", "kmip.revoke")),
                all.withActions(List.of("kmip.*")),
                all.withActions(List.of("management.*", "kmip.handshake")),
                all.withActions(List.of("nobody.*")),
                all.withTarget(key),
                all.withTarget(key).withActions(List.of("kmip.get")),
                all.withInitiator(SyntheticEvents.adapterName(1)),
                all.withInitiator(SyntheticEvents.fingerprint(2, 1)),
                all.withInitiator(SyntheticEvents.subject(0, 2)),
                all.withInitiator(SyntheticEvents.adapterName(1)).withActions(List.of("kmip.destroy")),
                all.withInitiator(SyntheticEvents.subject(0, 0)).withActions(List.of("kmip.*")).withTime(dayStart, dayEnd),
                all.withOutcome(Outcome.FAILURE),
                all.withOutcome(Outcome.FAILURE).withTime(dayStart, dayEnd),
                all.withSeverity(Severity.CRITICAL),
                all.withSeverity(Severity.WARNING).withInitiator(SyntheticEvents.adapterName(2)),
                all.withReason(failure.reason().code()),
                all.withReason(failure.reason().code()).withOutcome(Outcome.FAILURE).withSeverity(Severity.WARNING),
                all.withCorrelationId(sample.correlationId()),
                all.withCorrelationId(sample.correlationId()).withTarget(sample.target().uniqueIdentifiers().isEmpty()
                        ? key : sample.target().uniqueIdentifiers().get(0)),
                all.withTarget(key).withInitiator(SyntheticEvents.adapterName(synthetic.adapterOf(0)))
                        .withOutcome(Outcome.SUCCESS).withSeverity(Severity.NORMAL).withTime(dayStart, null),
                all.withInitiator("nobody at all"));
    }

    @Test
    void everyFilterAndCombinationAnswersAsAScanOfTheJournalDoes() {
        append(3_000);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        JournalScanQueries scan = new JournalScanQueries(journal.reader());
        int nonEmpty = 0;
        for (EventQuery query : queries()) {
            List<String> expected = allIds(scan, query);
            assertThat(allIds(index, query)).as(query.toString()).containsExactlyElementsOf(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("queries that found something").isGreaterThanOrEqualTo(queries().size() - 2);
    }

    @Test
    void pagesAreNewestFirst() {
        append(200);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        List<AuditEvent> events = index.search(EventQuery.all().withLimit(1000)).events();
        assertThat(events).hasSize(200);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).eventTime()).isLessThanOrEqualTo(events.get(i - 1).eventTime());
        }
        assertThat(events.get(0).id()).isEqualTo(appended.get(199).id());
    }

    @Test
    void pagingWhileEventsAreAppendedReturnsEachEarlierEventExactlyOnce() throws Exception {
        append(1_500);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        Set<String> before = new HashSet<>(appended.stream().map(AuditEvent::id).toList());
        // later events, some at the very same microsecond as the newest event already paged
        assertPagesHoldEachEarlierEventOnceWhileAppending(EventQuery.all().withLimit(37), before, 0, 0);
    }

    @Test
    void aGarbageOrAlteredCursorIsRefused() {
        append(50);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        String cursor = index.search(EventQuery.all().withLimit(10)).nextCursor();
        assertThat(cursor).isNotNull();
        String altered = cursor.substring(0, 3) + (cursor.charAt(3) == 'x' ? 'y' : 'x') + cursor.substring(4);
        assertThatThrownBy(() -> index.search(EventQuery.all().withCursor("garbage"))).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> index.search(EventQuery.all().withCursor(altered))).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aRebuiltIndexAnswersExactlyAsTheLiveOneDid() {
        append(2_000);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        List<List<String>> live = queries().stream().map(q -> allIds(index, q)).toList();
        UsageSummary liveUsage = index.usage(SyntheticEvents.adapterName(synthetic.adapterOf(0)), SyntheticEvents.keyId(0), 5);
        index.close();
        index = null;

        AuditIndex.RebuildResult result;
        try (JournalReader reader = JournalReader.openReadOnly(dir.resolve("journal"))) {
            result = AuditIndex.rebuild(indexFile(), reader, n -> { });
        }
        assertThat(result.events()).isEqualTo(2_000);
        index = startIndex();
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        assertThat(queries().stream().map(q -> allIds(index, q)).toList()).isEqualTo(live);
        assertThat(index.usage(SyntheticEvents.adapterName(synthetic.adapterOf(0)), SyntheticEvents.keyId(0), 5))
                .isEqualTo(liveUsage);
    }

    @Test
    void aRebuildRefusesWhileTheIndexIsOpen() {
        try (JournalReader reader = JournalReader.openReadOnly(dir.resolve("journal"))) {
            assertThatThrownBy(() -> AuditIndex.rebuild(indexFile(), reader, n -> { }))
                    .isInstanceOf(IndexLockedException.class);
        }
    }

    @Test
    void aRestartedIndexResumesWithoutDuplicatesOrGaps() {
        append(700);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        index.close();
        append(300); // while no index runs
        index = startIndex();
        append(200);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        List<String> ids = allIds(index, EventQuery.all().withLimit(1000));
        assertThat(ids).doesNotHaveDuplicates().hasSize(1_200);
        assertThat(index.status().lagEvents()).isZero();
        assertThat(index.status().indexedThrough()).isEqualTo(journal.reader().lastIndex());
    }

    @Test
    void findReturnsTheEventWithThatIdOnly() {
        append(100);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        AuditEvent wanted = appended.get(37);
        assertThat(index.find(wanted.id())).contains(wanted);
        assertThat(index.find("no-such-event")).isEmpty();
    }

    @Test
    void usageCountsEachActionOnTheKeyWithItsFailuresAndLastUsers() {
        append(2_000);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        String key = SyntheticEvents.keyId(4);
        String adapter = SyntheticEvents.adapterName(synthetic.adapterOf(4));
        List<AuditEvent> ofKey = appended.stream().filter(e -> e.target().uniqueIdentifiers().contains(key)).toList();
        assertThat(ofKey).isNotEmpty();

        UsageSummary usage = index.usage(adapter, key, 3);

        for (String action : ofKey.stream().map(AuditEvent::action).distinct().toList()) {
            List<AuditEvent> these = ofKey.stream().filter(e -> e.action().equals(action)).toList();
            UsageSummary.ActionUsage counted = usage.byAction().get(action);
            assertThat(counted.count()).as(action).isEqualTo(these.size());
            assertThat(counted.failures()).as(action).isEqualTo(these.stream().filter(e -> e.outcome() == Outcome.FAILURE).count());
            assertThat(counted.lastUse()).isEqualTo(EventTimes.toInstant(these.get(these.size() - 1).eventTime()));
        }
        assertThat(usage.byAction().values().stream().mapToLong(UsageSummary.ActionUsage::count).sum()).isEqualTo(ofKey.size());
        assertThat(usage.firstUse()).isEqualTo(EventTimes.toInstant(ofKey.get(0).eventTime()));
        assertThat(usage.lastUse()).isEqualTo(EventTimes.toInstant(ofKey.get(ofKey.size() - 1).eventTime()));
        assertThat(usage.lastUsers()).hasSize(3);
        assertThat(usage.lastUsers().get(0).certificateFingerprint())
                .isEqualTo(ofKey.get(ofKey.size() - 1).initiator().certificateFingerprint());
        assertThat(index.usage("another-adapter", key, 3).byAction()).isEmpty();
    }

    @Test
    void subscribersGetTheNewMatchingEventsOnlyInJournalOrder() throws Exception {
        append(20);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        List<AuditEvent> delivered = new CopyOnWriteArrayList<>();
        EventQuery failures = EventQuery.all().withOutcome(Outcome.FAILURE).withActions(List.of("kmip.*"));
        try (Subscription subscription = index.subscribe(failures, delivered::add)) {
            int before = appended.size();
            append(1_000);
            assertThat(index.awaitCaughtUp(WAIT)).isTrue();
            List<AuditEvent> expected = appended.subList(before, appended.size()).stream()
                    .filter(e -> e.outcome() == Outcome.FAILURE && e.action().startsWith("kmip.")).toList();
            assertThat(expected).isNotEmpty();
            assertThat(delivered).containsExactlyElementsOf(expected);
        }
        append(100);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        assertThat(delivered.size()).as("no delivery after close").isEqualTo(
                (int) appended.subList(20, 1_020).stream().filter(e -> e.outcome() == Outcome.FAILURE && e.action().startsWith("kmip.")).count());
    }

    @Test
    void theLagCountsEventsNotYetIndexedAndHowLongTheyWaited() throws Exception {
        append(5);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        assertThat(index.status().lagEvents()).isZero();
        assertThat(index.status().lag()).isZero();
        // a listener that blocks holds the indexer thread: what follows waits unindexed
        DeliveryHolder holder = new DeliveryHolder(1);
        try (Subscription blocker = index.subscribe(EventQuery.all(), holder)) {
            append(1);
            assertThat(holder.awaitHeld(0)).isTrue();
            append(9);
            clock.advance(Duration.ofSeconds(3));
            IndexStatus status = index.status();
            assertThat(status.lagEvents()).isEqualTo(9);
            assertThat(status.lag()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(status.indexedThrough()).isLessThan(status.journalLastIndex());
            blocker.close();
            holder.release(0);
        }
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        assertThat(index.status().lagEvents()).isZero();
    }

    @Test
    void aBusyIndexerReportsHowLongItsOldestWaitingEventWaitedNotHowLongSinceItWasLastIdle() throws Exception {
        append(5);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        DeliveryHolder holder = new DeliveryHolder(2);
        try (Subscription held = index.subscribe(EventQuery.all(), holder)) {
            // the indexer is held in delivery, so it is not idle while an hour passes
            append(1);
            assertThat(holder.awaitHeld(0)).isTrue();
            clock.advance(Duration.ofHours(1));
            append(1);
            AuditEvent newestIndexed = appended.get(appended.size() - 1);
            holder.release(0);
            assertThat(holder.awaitHeld(1)).isTrue();
            append(2);
            AuditEvent oldestWaiting = appended.get(appended.size() - 2);
            Instant now = clock.instant();

            IndexStatus status = index.status();
            assertThat(status.lagEvents()).isEqualTo(2);
            assertThat(status.lag())
                    .as("at least as long as the oldest waiting event waited")
                    .isGreaterThanOrEqualTo(Duration.between(EventTimes.toInstant(oldestWaiting.eventTime()), now))
                    .as("no longer than since the newest indexed event: not the hour since the indexer was idle")
                    .isLessThanOrEqualTo(Duration.between(EventTimes.toInstant(newestIndexed.eventTime()), now))
                    .isLessThan(Duration.ofHours(1));
            holder.release(1);
        }
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        assertThat(index.status().lag()).isZero();
    }

    /** A subscriber that holds the indexer thread in each of its first deliveries until released. */
    private static final class DeliveryHolder implements Consumer<AuditEvent> {
        private final List<CountDownLatch> held = new ArrayList<>();
        private final List<CountDownLatch> released = new ArrayList<>();
        private final AtomicInteger deliveries = new AtomicInteger();

        DeliveryHolder(int holds) {
            for (int i = 0; i < holds; i++) {
                held.add(new CountDownLatch(1));
                released.add(new CountDownLatch(1));
            }
        }

        @Override
        public void accept(AuditEvent event) {
            int n = deliveries.getAndIncrement();
            if (n >= held.size()) {
                return;
            }
            held.get(n).countDown();
            try {
                released.get(n).await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Whether the indexer is held in delivery {@code n} (from 0) within 30 s. */
        boolean awaitHeld(int n) throws InterruptedException {
            return held.get(n).await(30, TimeUnit.SECONDS);
        }

        void release(int n) {
            released.get(n).countDown();
        }
    }

    @Test
    void everyBenchmarkQueryAndEveryDriverReadsThroughAnIndexWithoutSorting() {
        append(300);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        Instant day = Instant.parse("2026-11-21T00:00:00Z");
        List<EventQuery> benchmark = List.of(
                EventQuery.all().withTarget(SyntheticEvents.keyId(3)),
                EventQuery.all().withOutcome(Outcome.FAILURE).withTime(day, day.plus(Duration.ofDays(1))),
                EventQuery.all().withInitiator(SyntheticEvents.fingerprint(1, 1)).withActions(List.of("kmip.destroy")));
        List<EventQuery> all = new ArrayList<>(benchmark);
        all.addAll(queries());
        String cursor = index.search(EventQuery.all().withLimit(5)).nextCursor();
        all.add(EventQuery.all().withCursor(cursor).withSeverity(Severity.WARNING));
        for (EventQuery query : all) {
            List<String> plan = index.explain(query);
            assertThat(plan).as(query.toString()).allSatisfy(step -> {
                if (step.startsWith("SCAN") || step.startsWith("SEARCH")) {
                    assertThat(step).contains("USING");
                }
                assertThat(step).doesNotContain("TEMP B-TREE");
            });
        }
        assertThat(index.explain(benchmark.get(0))).anyMatch(s -> s.startsWith("SEARCH d USING PRIMARY KEY (run=? AND k=?"));
        assertThat(index.explain(benchmark.get(1))).anyMatch(s -> s.contains("USING INDEX ev_status (outcome=? AND severity=? AND time>? AND time<?)"));
        assertThat(index.explain(benchmark.get(2))).anyMatch(s -> s.contains("USING PRIMARY KEY (k=? AND action_h=?)"));
    }

    /** Merges after every second run and in steps of a few rows: most transactions leave a merge half done. */
    private static final Postings.MergePolicy TINY_STEPS = new Postings.MergePolicy(2, 3, 1);

    private long countRuns(String where) throws Exception {
        return countRuns(indexFile(), where);
    }

    private static long countRuns(Path file, String where) throws Exception {
        try (Connection connection = IndexFiles.connect(file, true);
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM runs" + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void lookupsByKeyAnswerAsAScanWhileRunsMergeInSteps() throws Exception {
        index.close();
        index = AuditIndex.start(indexFile(), journal.reader(), journal::lastSequence, clock, TINY_STEPS);
        JournalScanQueries scan = new JournalScanQueries(journal.reader());
        boolean sawMergeHalfDone = false;
        for (int chunk = 0; chunk < 60; chunk++) {
            append(1 + (chunk * 7) % 40);
            assertThat(index.awaitCaughtUp(WAIT)).isTrue();
            sawMergeHalfDone |= countRuns(" WHERE next_k IS NOT NULL") > 0;
            if (chunk % 15 == 14) {
                for (EventQuery query : queries()) {
                    assertThat(allIds(index, query)).as(query.toString()).containsExactlyElementsOf(allIds(scan, query));
                }
            }
        }
        assertThat(sawMergeHalfDone).as("a merge seen between its steps").isTrue();
        index.close();
        index = AuditIndex.start(indexFile(), journal.reader(), journal::lastSequence, clock, TINY_STEPS);
        append(30);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        for (EventQuery query : queries()) {
            assertThat(allIds(index, query)).as(query.toString()).containsExactlyElementsOf(allIds(scan, query));
        }
        String key = SyntheticEvents.keyId(4);
        String adapter = SyntheticEvents.adapterName(synthetic.adapterOf(4));
        assertThat(index.usage(adapter, key, 2).byAction().values().stream().mapToLong(UsageSummary.ActionUsage::count).sum())
                .isEqualTo(appended.stream().filter(e -> e.target().uniqueIdentifiers().contains(key)).count());
        // idle, the indexer finishes its merges: a few runs per size tier remain of the 60-odd batches
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (countRuns(" WHERE next_k IS NOT NULL") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(countRuns(" WHERE next_k IS NOT NULL")).isZero();
        assertThat(countRuns("")).isLessThanOrEqualTo(16);
    }

    @Test
    void pagingByKeyWhileRunsMergeReturnsEachEarlierEventExactlyOnce() throws Exception {
        index.close();
        index = AuditIndex.start(indexFile(), journal.reader(), journal::lastSequence, clock, TINY_STEPS);
        append(1_500);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        String key = SyntheticEvents.keyId(2);
        Set<String> before = new HashSet<>(appended.stream().filter(e -> e.target().uniqueIdentifiers().contains(key))
                .map(AuditEvent::id).toList());
        assertThat(before).hasSizeGreaterThan(20);
        // the writer rests every 50 events (batches of a few events: many runs, many merges) and the
        // client between pages, so that merges move rows between runs while it pages
        assertPagesHoldEachEarlierEventOnceWhileAppending(EventQuery.all().withTarget(key).withLimit(3), before, 50,
                2_000_000);
    }

    @Test
    void aRebuildWithOtherMergeStepsAnswersAsTheLiveIndex() {
        index.close();
        index = AuditIndex.start(indexFile(), journal.reader(), journal::lastSequence, clock, TINY_STEPS);
        for (int chunk = 0; chunk < 40; chunk++) {
            append(50);
            assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        }
        List<List<String>> live = queries().stream().map(q -> allIds(index, q)).toList();
        index.close();
        index = null;
        try (JournalReader reader = JournalReader.openReadOnly(dir.resolve("journal"))) {
            AuditIndex.rebuild(indexFile(), reader, n -> { });
        }
        index = startIndex();
        assertThat(queries().stream().map(q -> allIds(index, q)).toList()).isEqualTo(live);
    }

    @Test
    void aWriterReopenedBetweenTwoStepsOfAMergeGoesOnWithIt() throws Exception {
        index.close();
        index = null;
        append(600);
        Path file = Files.createDirectories(dir.resolve("other")).resolve("events.db");
        boolean reopened = false;
        try (JournalTailer tailer = journal.reader().tailer()) {
            IndexWriter writer = IndexWriter.open(file, TINY_STEPS);
            try {
                List<IndexWriter.Row> rows = new ArrayList<>();
                int batches = 0;
                JournalEntry entry;
                while ((entry = tailer.next()) != null) {
                    rows.add(new IndexWriter.Row(entry.index(), entry.sequence(), entry.bytes(),
                            IndexWriter.decodeOrNull(entry.bytes())));
                    if (rows.size() >= 1 + batches % 13 || entry.sequence() == appended.size()) {
                        writer.write(rows, entry.index(), entry.sequence());
                        rows.clear();
                        batches++;
                        if (!reopened && countRuns(file, " WHERE next_k IS NOT NULL") > 0) {
                            writer.close();
                            writer = IndexWriter.open(file, TINY_STEPS);
                            reopened = true;
                        }
                    }
                }
            } finally {
                writer.close();
            }
        }
        assertThat(reopened).as("closed while a merge was half done").isTrue();
        index = AuditIndex.start(file, journal.reader(), journal::lastSequence, clock, TINY_STEPS);
        assertThat(index.awaitCaughtUp(WAIT)).isTrue();
        JournalScanQueries scan = new JournalScanQueries(journal.reader());
        for (EventQuery query : queries()) {
            assertThat(allIds(index, query)).as(query.toString()).containsExactlyElementsOf(allIds(scan, query));
        }
    }
}
