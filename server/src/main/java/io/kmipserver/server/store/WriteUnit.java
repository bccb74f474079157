package io.kmipserver.server.store;

/**
 * One operation's writes, run by the store's writer thread inside its own savepoint of a group
 * transaction. Keep it to SQL through the given {@link StoreTransaction}: no PKCS#11, no network, no
 * waiting — everything slow (key generation, protection) happens before submitting, because every
 * unit of a group waits for the slowest one. Do not keep {@code tx} beyond the call.
 *
 * <p>A unit that throws is rolled back alone; the others of its group commit. Its exception is the
 * one its future fails with.
 */
@FunctionalInterface
public interface WriteUnit<T> {

    T run(StoreTransaction tx) throws Exception;
}
