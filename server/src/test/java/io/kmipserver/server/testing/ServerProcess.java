package io.kmipserver.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/kmip-server.jar serve …} as a separate process, for integration tests that
 * need a real JVM boundary: SIGTERM ({@link #stop}), {@code kill -9} ({@link #kill}) and restarts on
 * the same data directory. Output (stdout and stderr together) is collected for assertions.
 */
public final class ServerProcess implements AutoCloseable {

    /** The shaded jar, relative to the server module, where Failsafe runs. */
    public static final Path JAR = Path.of("target", "kmip-server.jar");

    private static final Pattern LISTENING = Pattern.compile("listening for KMIP on ([0-9a-fA-F.:]+):([0-9]+)");
    private static final Pattern MANAGEMENT = Pattern.compile("Management API on https://([0-9a-fA-F.:]+):([0-9]+)/");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private final int port;

    private ServerProcess(Process process, Duration startTimeout) throws IOException, InterruptedException {
        this.process = process;
        this.reader = new Thread(this::collect, "server-process-output");
        reader.setDaemon(true);
        reader.start();
        this.port = awaitPort(startTimeout);
    }

    /**
     * Starts {@code serve --data-dir DIR --kmip-port 0 --admin-port 0} plus {@code args}, and returns
     * once it has printed its connect information.
     *
     * @throws IllegalStateException when the jar is missing, or the process exits or stays silent
     */
    public static ServerProcess start(Path dataDir, String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dchronicle.announcer.disable=true", "-Dchronicle.analytics.disable=true",
                "-jar", JAR.toString(), "serve", "--data-dir", dataDir.toString(),
                "--kmip-port", "0", "--admin-port", "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            return new ServerProcess(process, Duration.ofSeconds(60));
        } catch (RuntimeException | IOException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The management API port the server chose (it prints it with its connect information). */
    public synchronized int managementPort() {
        for (String line : lines) {
            Matcher m = MANAGEMENT.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
        }
        throw new IllegalStateException("the server printed no management API address:\n" + output());
    }

    /** The KMIP port the server chose. */
    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Everything printed so far. */
    public synchronized String output() {
        return String.join("\n", lines);
    }

    /** Sends SIGTERM and waits for the exit; returns the exit code (143 after a clean shutdown hook). */
    public int stop(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close our end of the output pipe, and
        // what the server prints while it shuts down would be lost.
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    /** {@code kill -9}: no shutdown hook runs. Returns the exit code (137). */
    public int kill(Duration timeout) throws InterruptedException {
        process.toHandle().destroyForcibly();
        return awaitExit(timeout);
    }

    private int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not exit within " + timeout + ":\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    private void collect() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private synchronized int awaitPort(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            // The connect information ends with this line; the address is printed before it.
            if (lines.stream().anyMatch(line -> line.startsWith("Stop with"))) {
                for (String line : lines) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(2));
                    }
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + output());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the server printed no KMIP address within " + timeout + ":\n"
                        + output());
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
