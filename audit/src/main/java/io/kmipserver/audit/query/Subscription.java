package io.kmipserver.audit.query;

/** A listener registered with {@link EventQueries#subscribe}; closing it stops deliveries. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
