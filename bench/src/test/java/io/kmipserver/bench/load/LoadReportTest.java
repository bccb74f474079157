package io.kmipserver.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    /** 1000 Gets of 1..1000 µs and 100 Creates of 5000 µs, one failed, over 2 s. */
    private static LoadReport sample(List<String> errors, String failure) {
        AbstractHistogram gets = OperationStats.newHistogram();
        for (int micros = 1; micros <= 1000; micros++) {
            gets.recordValue(micros);
        }
        AbstractHistogram creates = OperationStats.newHistogram();
        creates.recordValueWithCount(5000, 100);
        AbstractHistogram all = OperationStats.newHistogram();
        all.add(gets);
        all.add(creates);
        return new LoadReport("pykmip \"get\"", "127.0.0.1:15696", "mix create:10,get:90", 4, 2, 0.5, "1.2",
                "TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                List.of(LoadReport.Row.of("create", creates, 1, 2), LoadReport.Row.of("get", gets, 0, 2)),
                LoadReport.Row.of("total", all, 1, 2), errors, failure);
    }

    @Test
    void rowsCarryThroughputAndPercentilesOfTheHistogram() {
        LoadReport report = sample(List.of(), null);
        LoadReport.Row get = report.operations().get(1);

        assertThat(get.count()).isEqualTo(1000);
        assertThat(get.opsPerSecond()).isEqualTo(500.0);
        assertThat(get.p50Micros()).isEqualTo(500);
        assertThat(get.p99Micros()).isEqualTo(990);
        assertThat(get.p999Micros()).isEqualTo(999);
        assertThat(get.maxMicros()).isEqualTo(1000);
        assertThat(report.total().count()).isEqualTo(1100);
        assertThat(report.total().opsPerSecond()).isEqualTo(550.0);
        assertThat(report.total().p99Micros()).isEqualTo(5003); // three significant digits: 5000 falls in [5000, 5003]
    }

    @Test
    void tableHasAHeadingAColumnRowAndOneLinePerOperationPlusTheTotal() {
        String[] lines = sample(List.of(), null).table().split("\\R");

        assertThat(lines[0]).isEqualTo(
                "kmip load [pykmip \"get\"]: 127.0.0.1:15696, mix create:10,get:90, 4 connections, 2 s measured after 0.5 s warm-up");
        assertThat(lines[1]).isEqualTo("KMIP 1.2, TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertThat(lines[2].split("\\s+")).containsExactly("operation", "count", "ops/s", "p50", "(us)", "p99", "(us)",
                "p99.9", "(us)", "max", "(us)", "errors");
        assertThat(lines[3].split("\\s+")).containsExactly("create", "100", "50.0", "5003", "5003", "5003", "5003", "1");
        assertThat(lines[4].split("\\s+")).containsExactly("get", "1000", "500.0", "500", "990", "999", "1000", "0");
        assertThat(lines[5].split("\\s+")).startsWith("total", "1100", "550.0");
        assertThat(lines).hasSize(6);
    }

    @Test
    void tableListsTheFirstFailuresAndWhyTheRunFailed() {
        String table = sample(List.of("1x create: Operation Failed, Invalid Field"), "connection 3: EOFException").table();

        assertThat(table).contains("first failures:\n  1x create: Operation Failed, Invalid Field\n".replace("\n",
                System.lineSeparator()));
        assertThat(table).contains("RUN FAILED: connection 3: EOFException");
    }

    @Test
    void jsonIsOneLineWithTheSameFiguresAndEscapedText() {
        String json = sample(List.of("1x create: \"bad\"\tfield"), null).json();

        assertThat(json).doesNotContain("\n").startsWith("{").endsWith("}");
        assertThat(json).contains("\"label\":\"pykmip \\\"get\\\"\"");
        assertThat(json).contains("\"connections\":4,\"duration_s\":2,\"warmup_s\":0.5,\"kmip_version\":\"1.2\"");
        assertThat(json).contains("{\"operation\":\"get\",\"count\":1000,\"ops_per_s\":500.0,\"p50_us\":500,"
                + "\"p99_us\":990,\"p999_us\":999,\"max_us\":1000,\"errors\":0}");
        assertThat(json).contains("\"total\":{\"operation\":\"total\",\"count\":1100,\"ops_per_s\":550.0");
        assertThat(json).contains("\"errors\":[\"1x create: \\\"bad\\\"\\u0009field\"]");
        assertThat(json).endsWith("\"failure\":null}");
    }

    @Test
    void aReportIsCleanOnlyWithoutFailedRequestsAndWithoutARunFailure() {
        assertThat(sample(List.of(), null).clean()).isFalse(); // one Create failed
        LoadReport.Row zero = new LoadReport.Row("total", 1, 1, 1, 1, 1, 1, 0);
        LoadReport ok = new LoadReport("", "h:1", "lifecycle", 1, 1, 0, "2.1", null, List.of(), zero, List.of(), null);
        assertThat(ok.clean()).isTrue();
        assertThat(new LoadReport("", "h:1", "lifecycle", 1, 1, 0, "2.1", null, List.of(), zero, List.of(), "broken")
                .clean()).isFalse();
    }

    @Test
    void errorSampleKeepsTheFirstDistinctFailuresWithCountsAndCountsTheRest() {
        ErrorSample sample = new ErrorSample();
        for (int i = 0; i < ErrorSample.DISTINCT + 2; i++) {
            sample.add("get: reason " + i);
        }
        sample.add("get: reason 0");
        sample.add("x".repeat(ErrorSample.MAX_LENGTH + 50));

        List<String> lines = sample.lines();
        assertThat(lines).hasSize(ErrorSample.DISTINCT + 1);
        assertThat(lines.get(0)).isEqualTo("2x get: reason 0");
        assertThat(lines.get(ErrorSample.DISTINCT)).isEqualTo("3x other failures");
    }
}
