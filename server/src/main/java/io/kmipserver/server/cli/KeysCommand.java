package io.kmipserver.server.cli;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Reason;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalOptions;
import io.kmipserver.server.config.ConfigException;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.keys.KeyProtectors;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.RootKeyRotation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kmip-server keys rotate-root}: moves an adapter to a new root key and re-wraps every
 * object's material under it (the migration path of DESIGN.md "Keys and storage"). Opens the node's
 * store, key protector and journal from the same configuration as {@code serve}; the rotation is one
 * audit event, {@code management.root-key.rotate}, critical, with the counts and never a key.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage adapters' root keys.",
        subcommands = KeysCommand.RotateRoot.class)
public final class KeysCommand {

    /** Exit codes. */
    static final int OK = 0;
    static final int INCOMPLETE = 1;
    static final int INVALID = 2;

    @Command(name = "rotate-root", mixinStandardHelpOptions = true,
            description = "Create a new root key version for an adapter and re-wrap all its objects under it.")
    static final class RotateRoot implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--adapter", required = true, paramLabel = "NAME", description = "Adapter name")
        String adapter;

        @Option(names = "--resume", description = "Only re-wrap what an interrupted rotation left; no new version")
        boolean resume;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: ./data)")
        Path dataDir;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file, as for serve")
        Path configFile;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any configuration key, as for serve")
        Map<String, String> settings = new LinkedHashMap<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Map<String, String> overrides = new LinkedHashMap<>(settings);
            if (dataDir != null) {
                overrides.put("data.dir", dataDir.toString());
            }
            ServerConfig config;
            try {
                config = ConfigLoader.load(configFile, System.getenv(), overrides);
            } catch (ConfigException e) {
                err.println("kmip-server: " + e.getMessage());
                return INVALID;
            }
            Clock clock = Clock.systemUTC();
            try (ObjectStore store = ServerRuntime.openStore(config, clock);
                    KeyProtector protector = KeyProtectors.open(config, System.getenv());
                    AuditJournal journal = ChronicleAuditJournal.open(
                            config.dataDir().resolve("audit").resolve("journal"), JournalOptions.DEFAULT, clock)) {
                Adapter a = store.findAdapterByName(adapter).orElse(null);
                if (a == null) {
                    err.println("kmip-server: no adapter named '" + adapter + "'");
                    return INVALID;
                }
                RootKeyRotation rotation = new RootKeyRotation(store, protector);
                RootKeyRotation.Result r = resume ? rotation.rewrapAll(a.id()) : rotation.rotate(a.id());
                journal.append(AuditEvent.builder()
                        .id(new AuditEventIds(config.nodeId(), clock).next())
                        .eventTime(EventTimes.nowMicros(clock))
                        .action("management.root-key.rotate")
                        .outcome(r.complete() ? Outcome.SUCCESS : Outcome.FAILURE)
                        .reason(r.complete() ? null : new Reason("Incomplete", r.failed().size() + " objects failed"))
                        .severity(Severity.CRITICAL)
                        .initiator(new Initiator(null, "kmip-server keys rotate-root (local operator)", null, null,
                                null, null, null))
                        .target(new Target(List.of(), null, a.name()))
                        .request("adapter", a.name())
                        .request("resume", String.valueOf(resume))
                        .response("fromVersion", String.valueOf(r.fromVersion()))
                        .response("toVersion", String.valueOf(r.toVersion()))
                        .response("objects", String.valueOf(r.objects()))
                        .response("rewrapped", String.valueOf(r.rewrapped()))
                        .response("alreadyCurrent", String.valueOf(r.alreadyCurrent()))
                        .response("failed", String.valueOf(r.failed().size()))
                        .observer(config.nodeId())
                        .build());
                out.printf("adapter %s: root key version %d -> %d; %d objects, %d re-wrapped, %d already current,"
                        + " %d without material, %d failed%n", a.name(), r.fromVersion(), r.toVersion(), r.objects(),
                        r.rewrapped(), r.alreadyCurrent(), r.withoutMaterial(), r.failed().size());
                r.failed().forEach((uid, why) -> out.printf("  failed: %s: %s%n", uid, why));
                out.flush();
                return r.complete() ? OK : INCOMPLETE;
            }
        }
    }
}
