package io.kmipserver.certs.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for every certs command; no {@code --version}, which belongs to the server's main command. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
