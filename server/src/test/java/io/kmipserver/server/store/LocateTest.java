package io.kmipserver.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Locate contract on SQLite, and SQLite's query plans for it. */
class LocateTest extends LocateContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }

    /**
     * Each Locate's plan: no table is scanned; a filter an index answers drives (the attribute value
     * indexes, an objects index, or the primary key) and objects are then fetched by primary key;
     * without one, the adapter's objects are walked newest first, where LIMIT stops the walk.
     */
    @Test
    void everyLocateIsAnsweredFromIndexesNotByScanningTables() {
        String byKey = "SEARCH o USING (COVERING )?INDEX \\w+ \\(unique_identifier=\\?\\)";
        Map<LocateQuery, String> drivenBy = new LinkedHashMap<>();
        drivenBy.put(LocateQuery.of(), "SEARCH o USING COVERING INDEX objects_newest_first \\(adapter_id=\\?\\)");
        drivenBy.put(LocateQuery.of(new LocateFilter.TextEquals(NAME, "payroll")), "SEARCH a USING .*INDEX object_attributes_by_text");
        drivenBy.put(LocateQuery.of(new LocateFilter.NumberEquals(OBJECT_TYPE, 2), new LocateFilter.NumberIn(STATE, Set.of(1L, 2L))),
                "SEARCH s USING .*INDEX objects_by_type \\(adapter_id=\\? AND object_type=\\?\\)");
        drivenBy.put(LocateQuery.of(new LocateFilter.NumberEquals(ALGORITHM, 3), new LocateFilter.NumberEquals(LENGTH, 256)),
                "SEARCH o USING (COVERING )?INDEX objects_newest_first \\(adapter_id=\\?\\)");
        drivenBy.put(LocateQuery.of(new LocateFilter.NumberRange(INITIAL, 0, Long.MAX_VALUE)),
                "SEARCH s USING .*INDEX objects_newest_first \\(adapter_id=\\? AND initial_date>\\? AND initial_date<\\?\\)");
        drivenBy.put(LocateQuery.of(new LocateFilter.Present(ACTIVATION)),
                "SEARCH s USING .*INDEX objects_by_activation_date \\(adapter_id=\\? AND activation_date>\\?\\)");
        drivenBy.put(LocateQuery.of(new LocateFilter.NumberIn(STATE, Set.of(1L))), "SEARCH s USING .*INDEX objects_by_state");
        drivenBy.put(LocateQuery.of(new LocateFilter.TextEquals(UNIQUE_IDENTIFIER, "x"), new LocateFilter.NumberEquals(FRESH, 1)),
                "SEARCH s USING INDEX sqlite_autoindex_objects_1 \\(unique_identifier=\\?\\)");
        drivenBy.put(LocateQuery.of(new LocateFilter.NumberEquals(FRESH, 1)), "SEARCH o USING (COVERING )?INDEX objects_newest_first");
        drivenBy.put(LocateQuery.of(new LocateFilter.MaskContainsAll(USAGE, 4)), "SEARCH a USING .*INDEX object_attributes_by_number");
        drivenBy.put(LocateQuery.of(new LocateFilter.Present(PURPOSE), new LocateFilter.TextEquals(GROUP, "g1")),
                "SEARCH a USING .*INDEX object_attributes_by_text");
        drivenBy.put(LocateQuery.of(new LocateFilter.ValueEquals(NAME, StoreFixture.name("payroll"))),
                "SEARCH a USING .*INDEX object_attributes_by_text");
        drivenBy.forEach((q, driver) -> {
            List<String> plan = store.explainLocate(a, q);
            String joined = String.join("\n", plan);
            assertThat(plan).as("plan of %s", q).isNotEmpty();
            for (String step : plan) {
                // SQLite prints "SCAN t" for a full table (or full index) scan, "SEARCH t USING INDEX" for a seek.
                assertThat(step).as("plan of %s: %s", q, plan).doesNotStartWith("SCAN o").doesNotStartWith("SCAN a")
                        .doesNotStartWith("SCAN s");
                if (step.startsWith("SEARCH")) {
                    assertThat(step).as("plan of %s", q).containsAnyOf("USING INDEX", "USING COVERING INDEX",
                            "USING PRIMARY KEY", "USING INTEGER PRIMARY KEY");
                }
            }
            assertThat(joined).as("plan of %s", q).containsPattern(driver);
            if (!driver.startsWith("SEARCH o")) {
                assertThat(joined).as("plan of %s", q).containsPattern(byKey).doesNotContain("objects_newest_first (adapter_id=?)");
            }
        });
    }
}
