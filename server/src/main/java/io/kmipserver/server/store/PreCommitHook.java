package io.kmipserver.server.store;

/**
 * Runs after a {@link WriteUnit} succeeded and before its group commits, on the writer thread, still
 * inside the unit's savepoint: the place for the audit append (DESIGN invariant 2). If the hook throws,
 * the unit is rolled back and fails with the hook's exception — fail closed: no state change without
 * its event. Must be fast (a journal append), and must not touch the store.
 */
@FunctionalInterface
public interface PreCommitHook<T> {

    void beforeCommit(T result) throws Exception;
}
