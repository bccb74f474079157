package io.kmipserver.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Locate contract on SQLite, and SQLite's query plans for it. */
class LocateTest extends LocateContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }

    @Test
    void everyLocateIsAnsweredFromIndexesNotByScanningTables() {
        List<LocateQuery> queries = List.of(
                LocateQuery.of(),
                LocateQuery.of(new LocateFilter.TextEquals(NAME, "payroll")),
                LocateQuery.of(new LocateFilter.NumberEquals(OBJECT_TYPE, 2), new LocateFilter.NumberIn(STATE, Set.of(1L, 2L))),
                LocateQuery.of(new LocateFilter.NumberEquals(ALGORITHM, 3), new LocateFilter.NumberEquals(LENGTH, 256)),
                LocateQuery.of(new LocateFilter.NumberRange(INITIAL, 0, Long.MAX_VALUE)),
                LocateQuery.of(new LocateFilter.MaskContainsAll(USAGE, 4)),
                LocateQuery.of(new LocateFilter.Present(PURPOSE), new LocateFilter.TextEquals(GROUP, "g1")),
                LocateQuery.of(new LocateFilter.ValueEquals(NAME, StoreFixture.name("payroll"))));
        for (LocateQuery q : queries) {
            List<String> plan = store.explainLocate(a, q);
            assertThat(plan).as("plan of %s", q).isNotEmpty();
            for (String step : plan) {
                // SQLite prints "SCAN t" for a full table (or full index) scan, "SEARCH t USING INDEX" for a seek.
                assertThat(step).as("plan of %s: %s", q, plan).doesNotStartWith("SCAN o").doesNotStartWith("SCAN a");
                if (step.startsWith("SEARCH")) {
                    assertThat(step).as("plan of %s", q).containsAnyOf("USING INDEX", "USING COVERING INDEX",
                            "USING PRIMARY KEY", "USING INTEGER PRIMARY KEY");
                }
            }
            String joined = String.join("\n", plan);
            if (q.filters().isEmpty()) {
                assertThat(joined).contains("SEARCH o USING COVERING INDEX objects_newest_first (adapter_id=?)");
            } else {
                // Driven by the attribute index; objects fetched by primary key, never walked.
                assertThat(joined).as("plan of %s", q).containsPattern("SEARCH o USING (COVERING )?INDEX \\w+ \\(unique_identifier=\\?\\)")
                        .doesNotContain("objects_newest_first")
                        .contains("SEARCH a USING");
            }
        }
    }
}
