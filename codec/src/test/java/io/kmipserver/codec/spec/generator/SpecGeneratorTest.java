package io.kmipserver.codec.spec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void constantNamesAreTheUpperSnakeOfTheSpecName() {
        assertThat(SpecGenerator.constantName("Re-key")).isEqualTo("RE_KEY");
        assertThat(SpecGenerator.constantName("Template-Attribute")).isEqualTo("TEMPLATE_ATTRIBUTE");
        assertThat(SpecGenerator.constantName("PKCS#12 Friendly Name")).isEqualTo("PKCS_12_FRIENDLY_NAME");
        assertThat(SpecGenerator.constantName("X.509 Certificate Identifier")).isEqualTo("X_509_CERTIFICATE_IDENTIFIER");
        assertThat(SpecGenerator.constantName("IV/Counter/Nonce")).isEqualTo("IV_COUNTER_NONCE");
        assertThat(SpecGenerator.constantName("Polynomial Sharing GF (2^16)")).isEqualTo("POLYNOMIAL_SHARING_GF_2_16");
        assertThat(SpecGenerator.constantName("Content Commitment (Non Repudiation)"))
                .isEqualTo("CONTENT_COMMITMENT_NON_REPUDIATION");
        assertThat(SpecGenerator.constantName("Suite B minLOS_128 Client KMIP v1.0"))
                .isEqualTo("SUITE_B_MINLOS_128_CLIENT_KMIP_V1_0");
    }

    @Test
    void aLeadingNumberMovesBehindItsWordOrGetsThePrefixN() {
        assertThat(SpecGenerator.constantName("3DES")).isEqualTo("DES3");
        assertThat(SpecGenerator.constantName("3DES EDE")).isEqualTo("DES3_EDE");
        assertThat(SpecGenerator.constantName("3 Key")).isEqualTo("N3_KEY");
    }

    @Test
    void twoNamesWithTheSameConstantKeepTheFirstAndSuffixTheLaterWithItsValue() throws IOException {
        Path spec = copyOfSpec();
        append(spec.resolve("enums/state.csv"), "Pre Active,0x00000007,2.1,,2.1,,PreActive2\n");
        bumpIndexCount(spec, "enums/state.csv", 6, 7);

        String state = SpecGenerator.generate(spec).get("State.java");

        assertThat(state).contains("    PRE_ACTIVE(0x00000001, \"Pre-Active\"")
                .contains("    PRE_ACTIVE_00000007(0x00000007, \"Pre Active\"")
                .contains("Not the plain UPPER_SNAKE: Pre Active");
    }

    @Test
    void aRepeatedValueIsRefused() throws IOException {
        Path spec = copyOfSpec();
        append(spec.resolve("enums/state.csv"), "Gone,0x00000006,2.1,,2.1,,Gone\n");
        bumpIndexCount(spec, "enums/state.csv", 6, 7);

        assertThatThrownBy(() -> SpecGenerator.generate(spec))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("value repeated");
    }

    @Test
    void aRowCountThatDisagreesWithTheIndexIsRefused() throws IOException {
        Path spec = copyOfSpec();
        append(spec.resolve("enums/state.csv"), "Gone,0x00000007,2.1,,2.1,,Gone\n");

        assertThatThrownBy(() -> SpecGenerator.generate(spec))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("INDEX.csv says 6");
    }

    @Test
    void anEnumerationFileMissingFromTheIndexIsRefused() throws IOException {
        Path spec = copyOfSpec();
        Files.writeString(spec.resolve("enums/new-thing.csv"),
                "name,value,first_version,last_version,versions,notes,xml_json_name\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SpecGenerator.generate(spec))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not listed in INDEX.csv");
    }

    @Test
    void anUnknownItemTypeIsRefused() throws IOException {
        Path spec = copyOfSpec();
        Path tags = spec.resolve("tags.csv");
        Files.writeString(tags, Files.readString(tags).replace("0x420001,Activation Date,Date-Time,",
                "0x420001,Activation Date,Timestamp,"));

        assertThatThrownBy(() -> SpecGenerator.generate(spec))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown item type Timestamp");
    }

    @Test
    void staleGeneratedFilesAreFoundByTheirMarker() throws IOException {
        Files.writeString(temp.resolve("Gone.java"), "// Generated from codec/src/spec/enums/gone.csv "
                + SpecGenerator.MARKER + " \u2014 do not edit.\n");
        Files.writeString(temp.resolve("HandWritten.java"), "package x;\n");
        Files.writeString(temp.resolve("Tag.java"), "// Generated " + SpecGenerator.MARKER + "\n");

        assertThat(SpecGenerator.staleGeneratedFiles(temp, java.util.Set.of("Tag.java")))
                .containsExactly(temp.resolve("Gone.java"));
    }

    private Path copyOfSpec() throws IOException {
        Path source = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("src/spec");
        Path target = temp.resolve("spec");
        Files.createDirectories(target.resolve("enums"));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(p, target.resolve(source.relativize(p).toString()));
            }
        }
        return target;
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, Files.readString(file) + line);
    }

    private static void bumpIndexCount(Path spec, String file, int from, int to) throws IOException {
        Path index = spec.resolve("enums/INDEX.csv");
        String text = Files.readString(index);
        String before = file + ",enumeration,1.0 1.1 1.2 1.3 1.4 2.0 2.1," + from + ",";
        assertThat(text).contains(before);
        Files.writeString(index, text.replace(before, file + ",enumeration,1.0 1.1 1.2 1.3 1.4 2.0 2.1," + to + ","));
    }
}
