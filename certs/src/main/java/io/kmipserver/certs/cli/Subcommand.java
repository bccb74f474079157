package io.kmipserver.certs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code certs} subcommand has: its spec for output, {@code -h}, {@code --dir}, and the parent's clock. */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @ParentCommand
    CertsCommand parent;

    @Mixin
    PkiDirectoryOption directory;
}
