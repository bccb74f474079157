/**
 * The metadata store: Managed Objects, their attributes and protected key material, adapters (tenants),
 * their trust anchors and client certificates, over JDBC — SQLite by default, PostgreSQL for several
 * nodes — with versioned Flyway migrations in {@code db/migration}.
 *
 * <p>Threading: {@link io.kmipserver.server.store.ObjectStore} is thread-safe. Reads use a connection
 * pool from the calling (worker) thread; writes are {@link io.kmipserver.server.store.WriteUnit}s run
 * by one writer thread with group commit, whose futures complete on that thread (PostgreSQL) or on the
 * thread that forces SQLite's WAL after the commit. All calls block on
 * JDBC: never call them on a Netty event loop. {@link io.kmipserver.server.store.StoreTransaction} is
 * confined to the writer thread during one unit.
 */
package io.kmipserver.server.store;
