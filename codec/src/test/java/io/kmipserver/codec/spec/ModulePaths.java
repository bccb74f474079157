package io.kmipserver.codec.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the codec module and its spec tables are when tests run (Surefire's basedir). */
final class ModulePaths {

    private ModulePaths() {
    }

    /** The codec module directory: the one holding {@code src/spec/tags.csv}. */
    static Path moduleDir() {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("src/spec/tags.csv"))) {
                return p;
            }
            if (Files.isRegularFile(p.resolve("codec/src/spec/tags.csv"))) {
                return p.resolve("codec");
            }
        }
        throw new IllegalStateException("no codec/src/spec/tags.csv above " + start);
    }

    static Path specDir() {
        return moduleDir().resolve("src/spec");
    }

    static Path generatedPackageDir() {
        return moduleDir().resolve("src/main/java/io/kmipserver/codec/spec");
    }
}
