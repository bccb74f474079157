package io.kmipserver.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.spec.generator.SpecGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The committed registry sources must be exactly what the generator makes of the committed tables,
 * so that nobody edits a generated file by hand and no table change ships without its code.
 */
class SpecDriftTest {

    private static final String HOW_TO_FIX = "the sources in codec/src/main/java/io/kmipserver/codec/spec"
            + " differ from what codec/src/spec generates; regenerate from the repository root with: "
            + SpecGenerator.REGENERATE;

    @Test
    void committedGeneratedSourcesEqualWhatTheTablesGenerate() throws IOException {
        SortedMap<String, String> expected = SpecGenerator.generate(ModulePaths.specDir());
        Path pkg = ModulePaths.generatedPackageDir();

        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path committed = pkg.resolve(file.getKey());
            if (!Files.exists(committed)) {
                differences.add(file.getKey() + ": missing");
            } else {
                String actual = Files.readString(committed, StandardCharsets.UTF_8);
                if (!actual.equals(file.getValue())) {
                    differences.add(file.getKey() + ": first difference at line " + firstDifferentLine(actual, file.getValue()));
                }
            }
        }
        for (Path stale : SpecGenerator.staleGeneratedFiles(pkg, expected.keySet())) {
            differences.add(stale.getFileName() + ": generated once, but no table produces it now");
        }

        assertThat(differences).as(HOW_TO_FIX).isEmpty();
    }

    @Test
    void generatorWritesOneEnumPerIndexRowPlusTheTagAndAttributeTables() throws IOException {
        SortedMap<String, String> generated = SpecGenerator.generate(ModulePaths.specDir());

        assertThat(generated).hasSize(64 + 4);
        assertThat(generated.keySet()).contains("Tag.java", "TagTable.java", "AttributeNameTable.java",
                "KmipEnums.java", "Operation.java", "UniqueIdentifierEnum.java", "ItemTypeEnum.java",
                "CryptographicUsageMask.java", "OpaqueDataType.java");
        assertThat(generated.values()).allSatisfy(text -> assertThat(text.lines().findFirst().orElseThrow())
                .startsWith("// Generated from codec/src/spec/").contains(SpecGenerator.MARKER).endsWith("do not edit."));
    }

    private static int firstDifferentLine(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        int i = 0;
        while (i < x.size() && i < y.size() && x.get(i).equals(y.get(i))) {
            i++;
        }
        return i + 1;
    }
}
