package io.kmipserver.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kmipserver.certs.DevPki;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.keys.Pkcs11KeyProtector;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.JdbcObjectStore;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.SqlDialect;
import io.kmipserver.server.store.StoreSettings;
import io.kmipserver.server.testing.SoftHsmToken;
import io.kmipserver.server.testing.TestPostgres;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The first-start race of {@link ServerRuntime#ensureDefaultAdapter}, forced: two nodes (each its own
 * store on one empty PostgreSQL database, each its own PKCS#11 protector on the shared token) both read
 * "no adapter {@value ServerRuntime#DEFAULT_ADAPTER}" before either inserts it — a barrier after the
 * read makes sure — so both insert, and one insert is a unique violation every round. The end-to-end
 * version, two whole nodes started at once, is {@code multinode.ConcurrentFirstStartOnPostgresIT}; there
 * the timing decides whether the insert race happens.
 */
@ExtendWith({SoftHsmToken.class, TestPostgres.class})
class DefaultAdapterRaceOnPostgresIT {

    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @Test
    void bothNodesThatReadNoDefaultAdapterEndOnTheOneThatWasInsertedWithOneRootKey() throws Exception {
        DevPki pki = DevPki.ensure(dir.resolve("pki"), List.of(), List.of(), Clock.systemUTC());
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger runtimeLog = (Logger) LoggerFactory.getLogger(ServerRuntime.class);
        runtimeLog.addAppender(log);
        log.start();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                TestPostgres.Database db = TestPostgres.freshDatabase();
                CyclicBarrier bothHaveRead = new CyclicBarrier(2);
                List<AutoCloseable> opened = new ArrayList<>();
                try {
                    List<Future<Adapter>> ensured = new ArrayList<>();
                    for (int node = 0; node < 2; node++) {
                        JdbcObjectStore store = JdbcObjectStore.open(SqlDialect.POSTGRESQL, db.jdbcUrl(), db.user(),
                                db.password(), StoreSettings.defaults());
                        opened.add(store);
                        KeyProtector protector = Pkcs11KeyProtector.open(SoftHsmToken.settings(SoftHsmToken.LABEL),
                                SoftHsmToken.pin());
                        opened.add(protector);
                        ObjectStore racing = waitingAfterFirstAdapterRead(store, bothHaveRead);
                        ensured.add(nodes.submit(() -> ServerRuntime.ensureDefaultAdapter(racing, protector, pki)));
                    }
                    Adapter first = ensured.get(0).get(60, TimeUnit.SECONDS);
                    Adapter second = ensured.get(1).get(60, TimeUnit.SECONDS);

                    String what = "round " + round;
                    assertThat(second).as(what).isEqualTo(first);
                    JdbcObjectStore store = (JdbcObjectStore) opened.get(0);
                    assertThat(store.listAdapters()).as(what).containsExactly(first);
                    assertThat(store.trustOf(first.id())).as(what).hasSize(1);
                    KeyStore token = SoftHsmToken.keyStore(SoftHsmToken.LABEL);
                    assertThat(Collections.list(token.aliases())).as("%s: root keys of the adapter in the token", what)
                            .filteredOn(alias -> alias.contains(first.id())).hasSize(1);
                } finally {
                    for (AutoCloseable c : opened) {
                        c.close();
                    }
                }
            }
        } finally {
            nodes.shutdownNow();
            runtimeLog.detachAppender(log);
        }
        List<String> messages;
        synchronized (log) {
            messages = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
        assertThat(messages).as("one node created the adapter each round")
                .filteredOn(m -> m.startsWith("Created adapter 'default'")).hasSize(ROUNDS);
        assertThat(messages).as("and the other lost the insert and used it")
                .filteredOn(m -> m.contains("was created concurrently by another node")).hasSize(ROUNDS);
    }

    /**
     * The store, except that its first {@code findAdapterByName} returns only when the other node's
     * has returned too: both have seen "absent" before either inserts.
     */
    private static ObjectStore waitingAfterFirstAdapterRead(ObjectStore store, CyclicBarrier barrier) {
        AtomicBoolean first = new AtomicBoolean(true);
        return (ObjectStore) Proxy.newProxyInstance(ObjectStore.class.getClassLoader(), new Class<?>[] {ObjectStore.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("findAdapterByName") && first.getAndSet(false)) {
                        barrier.await(30, TimeUnit.SECONDS);
                    }
                    return result;
                });
    }
}
