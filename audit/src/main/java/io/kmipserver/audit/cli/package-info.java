/**
 * The {@code audit} command line: {@code verify}, {@code export} and {@code tail} over a server data
 * directory ({@link io.kmipserver.audit.AuditLayout}). The server's CLI adds
 * {@link io.kmipserver.audit.cli.AuditCommand} as a subcommand; it also runs on its own.
 *
 * <p>Threading: each command runs on the thread that executes it; commands open the journal
 * read-only and never change it.
 */
package io.kmipserver.audit.cli;
