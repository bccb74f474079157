package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.keys.KeyProtectionException;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.keys.Pkcs11KeyProtector;
import io.kmipserver.server.keys.ProtectedMaterial;
import io.kmipserver.server.keys.ProtectorHealth;
import io.kmipserver.server.keys.SoftwareKeyProtector;
import io.kmipserver.server.store.StoreFixture.Key;
import io.kmipserver.server.testing.SoftHsmToken;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Root-key rotation over a real store, with the software protector and with a SoftHSM2 token. The same
 * assertions run on SQLite ({@link RootKeyRotationTest}) and on PostgreSQL ({@link RootKeyRotationOnPostgresIT}).
 */
@ExtendWith(SoftHsmToken.class)
abstract class RootKeyRotationContract {

    @TempDir
    Path dir;

    /** A new, empty database of the dialect under test; {@code dir} is this test's temporary directory. */
    abstract TestDatabase freshDatabase(Path dir);

    /** Objects of one adapter with real protected material, and the plaintext of each. */
    private static Map<String, byte[]> createObjects(ObjectStore store, KeyProtector protector, String adapter,
            int count, int instantOffset) {
        Map<String, byte[]> plaintexts = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Key key = Key.aes(adapter, 256, T0.plusSeconds(instantOffset + i));
            byte[] material = protector.generateKeyMaterial(256);
            ProtectedMaterial sealed = protector.protect(adapter, key.uid, material);
            store.write(tx -> tx.insertObject(new NewObject(key.uid, adapter, key.attributes, new StoredMaterial(1, sealed))));
            plaintexts.put(key.uid, material);
        }
        return plaintexts;
    }

    private static void assertAllUnder(ObjectStore store, KeyProtector protector, String adapter,
            Map<String, byte[]> plaintexts, int version) {
        for (Map.Entry<String, byte[]> e : plaintexts.entrySet()) {
            StoredMaterial stored = store.findMaterial(adapter, e.getKey()).orElseThrow();
            assertThat(stored.material().rootKeyVersion()).as(e.getKey()).isEqualTo(version);
            assertThat(stored.format()).isEqualTo(1);
            assertThat(protector.unprotect(adapter, e.getKey(), stored.material())).isEqualTo(e.getValue());
        }
    }

    @Test
    void rotationRewrapsEveryObjectOfTheAdapterAndNoOtherAdaptersObjects() {
        try (JdbcObjectStore store = freshDatabase(dir).open();
                SoftwareKeyProtector protector = SoftwareKeyProtector.open(dir.resolve("keys"))) {
            String adapter = StoreFixture.adapter(store, "tenant");
            String other = StoreFixture.adapter(store, "other");
            protector.createRootKey(adapter);
            protector.createRootKey(other);
            Map<String, byte[]> objects = createObjects(store, protector, adapter, 23, 0);
            Map<String, byte[]> others = createObjects(store, protector, other, 3, 100);
            new Key(adapter, T0.plusSeconds(50)).withoutMaterial().insert(store);

            RootKeyRotation.Result result = new RootKeyRotation(store, protector, 5).rotate(adapter);

            assertThat(result.fromVersion()).isEqualTo(1);
            assertThat(result.toVersion()).isEqualTo(2);
            assertThat(result.objects()).isEqualTo(24);
            assertThat(result.rewrapped()).isEqualTo(23);
            assertThat(result.withoutMaterial()).isEqualTo(1);
            assertThat(result.alreadyCurrent()).isZero();
            assertThat(result.changedConcurrently()).isZero();
            assertThat(result.complete()).isTrue();
            assertAllUnder(store, protector, adapter, objects, 2);
            assertAllUnder(store, protector, other, others, 1);

            RootKeyRotation.Result again = new RootKeyRotation(store, protector).rewrapAll(adapter);
            assertThat(again.rewrapped()).as("an interrupted rotation resumes; nothing left here").isZero();
            assertThat(again.alreadyCurrent()).isEqualTo(23);
            assertThat(again.toVersion()).isEqualTo(2);
        }
    }

    @Test
    void blobThatDoesNotAuthenticateIsReportedAndLeftAsItWas() {
        try (JdbcObjectStore store = freshDatabase(dir).open();
                SoftwareKeyProtector protector = SoftwareKeyProtector.open(dir.resolve("keys"))) {
            String adapter = StoreFixture.adapter(store, "tenant");
            protector.createRootKey(adapter);
            Map<String, byte[]> objects = createObjects(store, protector, adapter, 4, 0);
            String victim = objects.keySet().iterator().next();
            ProtectedMaterial good = store.findMaterial(adapter, victim).orElseThrow().material();
            byte[] ciphertext = good.ciphertext();
            ciphertext[0] ^= 1;
            StoredMaterial corrupted = new StoredMaterial(1,
                    new ProtectedMaterial(good.scheme(), good.rootKeyVersion(), good.iv(), ciphertext));
            store.write(tx -> {
                tx.putMaterial(adapter, victim, corrupted);
                return null;
            });

            RootKeyRotation.Result result = new RootKeyRotation(store, protector).rotate(adapter);

            assertThat(result.rewrapped()).isEqualTo(3);
            assertThat(result.complete()).isFalse();
            assertThat(result.failed()).containsOnlyKeys(victim);
            assertThat(result.failed().get(victim)).startsWith("INTEGRITY");
            assertThat(store.findMaterial(adapter, victim).orElseThrow()).isEqualTo(corrupted);
        }
    }

    @Test
    void materialChangedWhileItWasBeingRewrappedIsLeftToTheChange() {
        try (JdbcObjectStore store = freshDatabase(dir).open();
                SoftwareKeyProtector software = SoftwareKeyProtector.open(dir.resolve("keys"))) {
            String adapter = StoreFixture.adapter(store, "tenant");
            software.createRootKey(adapter);
            Map<String, byte[]> objects = createObjects(store, software, adapter, 3, 0);
            String raced = objects.keySet().iterator().next();
            List<StoredMaterial> writtenByTheRace = new ArrayList<>();
            KeyProtector racing = new RacingProtector(software, uid -> {
                if (uid.equals(raced) && writtenByTheRace.isEmpty()) {
                    // Another operation (a Re-key, say) stores new material under the new version meanwhile.
                    StoredMaterial fresh = new StoredMaterial(1, software.protect(adapter, uid, new byte[32]));
                    store.write(tx -> {
                        tx.putMaterial(adapter, uid, fresh);
                        return null;
                    });
                    writtenByTheRace.add(fresh);
                }
            });

            RootKeyRotation.Result result = new RootKeyRotation(store, racing).rotate(adapter);

            assertThat(result.changedConcurrently()).isEqualTo(1);
            assertThat(result.rewrapped()).isEqualTo(2);
            assertThat(store.findMaterial(adapter, raced).orElseThrow()).isEqualTo(writtenByTheRace.get(0));
        }
    }

    @Test
    void rotationOnTheTokenMovesObjectsToANewTokenRootKey() {
        try (JdbcObjectStore store = freshDatabase(dir).open();
                KeyProtector token = Pkcs11KeyProtector.open(SoftHsmToken.settings(SoftHsmToken.LABEL), SoftHsmToken.pin())) {
            String adapter = StoreFixture.adapter(store, "hsm-tenant");
            token.createRootKey(adapter);
            Map<String, byte[]> objects = createObjects(store, token, adapter, 12, 0);

            RootKeyRotation.Result result = new RootKeyRotation(store, token, 4).rotate(adapter);

            assertThat(result.rewrapped()).isEqualTo(12);
            assertThat(result.toVersion()).isEqualTo(2);
            assertAllUnder(store, token, adapter, objects, 2);
        }
    }

    @Test
    void unknownAdapterAndAdapterWithoutRootKeyAreRefusedBeforeAnythingChanges() {
        try (JdbcObjectStore store = freshDatabase(dir).open();
                SoftwareKeyProtector protector = SoftwareKeyProtector.open(dir.resolve("keys"))) {
            String adapter = StoreFixture.adapter(store, "tenant");
            RootKeyRotation rotation = new RootKeyRotation(store, protector);

            assertThatThrownBy(() -> rotation.rotate("no-such-adapter")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> rotation.rotate(adapter))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(KeyProtectionException.Reason.ROOT_KEY_MISSING));
            assertThat(protector.hasRootKey(adapter)).isFalse();
        }
    }

    /** Delegates to a real protector, running {@code beforeRewrap} first: a race injected at one point. */
    private static final class RacingProtector implements KeyProtector {
        private final KeyProtector delegate;
        private final java.util.function.Consumer<String> beforeRewrap;

        RacingProtector(KeyProtector delegate, java.util.function.Consumer<String> beforeRewrap) {
            this.delegate = delegate;
            this.beforeRewrap = beforeRewrap;
        }

        @Override
        public ProtectedMaterial rewrap(String adapterId, String uniqueIdentifier, ProtectedMaterial material) {
            beforeRewrap.accept(uniqueIdentifier);
            return delegate.rewrap(adapterId, uniqueIdentifier, material);
        }

        @Override
        public String scheme() {
            return delegate.scheme();
        }

        @Override
        public void createRootKey(String adapterId) {
            delegate.createRootKey(adapterId);
        }

        @Override
        public boolean hasRootKey(String adapterId) {
            return delegate.hasRootKey(adapterId);
        }

        @Override
        public int currentRootKeyVersion(String adapterId) {
            return delegate.currentRootKeyVersion(adapterId);
        }

        @Override
        public byte[] generateKeyMaterial(int bits) {
            return delegate.generateKeyMaterial(bits);
        }

        @Override
        public ProtectedMaterial protect(String adapterId, String uniqueIdentifier, byte[] plaintext) {
            return delegate.protect(adapterId, uniqueIdentifier, plaintext);
        }

        @Override
        public byte[] unprotect(String adapterId, String uniqueIdentifier, ProtectedMaterial material) {
            return delegate.unprotect(adapterId, uniqueIdentifier, material);
        }

        @Override
        public int rotateRootKey(String adapterId) {
            return delegate.rotateRootKey(adapterId);
        }

        @Override
        public ProtectorHealth health() {
            return delegate.health();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
