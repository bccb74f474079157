package io.kmipserver.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code codec/src/spec} is a copy of the project's spec tables in {@code shared/kmip-spec}, which
 * sits beside the repository clone (in CI too). The copy lets the module build alone; this test
 * makes sure it never silently falls behind.
 */
class SpecTablesCopyTest {

    @Test
    void moduleSpecTablesEqualSharedKmipSpecByteForByte() throws IOException {
        Path repoRoot = ModulePaths.moduleDir().getParent();
        Path shared = repoRoot.resolve("../shared/kmip-spec").normalize();
        if (!Files.isDirectory(shared)) {
            fail("expected the project's spec tables at " + shared + " (<repo root>/../shared/kmip-spec), beside"
                    + " the clone as in CI; without them codec/src/spec cannot be checked against the source");
        }
        Path copy = ModulePaths.specDir();

        Set<String> sharedFiles = tables(shared);
        assertThat(sharedFiles).as("tables in " + shared).contains("tags.csv", "enums/INDEX.csv");
        assertThat(tables(copy)).as("tables in codec/src/spec vs " + shared).isEqualTo(sharedFiles);
        for (String name : sharedFiles) {
            assertThat(Files.readAllBytes(copy.resolve(name)))
                    .as("codec/src/spec/%s differs from %s; copy it (cp %s codec/src/spec/%s) and regenerate",
                            name, shared.resolve(name), shared.resolve(name), name)
                    .isEqualTo(Files.readAllBytes(shared.resolve(name)));
        }
    }

    /** tags.csv and enums/*.csv under {@code dir}, as relative names. */
    private static Set<String> tables(Path dir) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isRegularFile(dir.resolve("tags.csv"))) {
            names.add("tags.csv");
        }
        try (Stream<Path> enums = Files.list(dir.resolve("enums"))) {
            enums.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).forEach(n -> names.add("enums/" + n));
        }
        return names;
    }
}
