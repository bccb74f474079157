package io.kmipserver.server.protocol;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link KmipHarness} in a temp directory for every test. */
public abstract class HarnessTest {

    @TempDir
    protected Path dir;

    protected KmipHarness h;

    @BeforeEach
    protected void openHarness() {
        h = new KmipHarness(dir);
    }

    @AfterEach
    protected void closeHarness() {
        h.close();
    }
}
