package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The adapter store contract on SQLite, SQLite's plan for the fingerprint lookup that every new TLS connection makes, and
 * the fingerprint format (checked by the record itself, so once, here).
 */
class AdapterStoreTest extends AdapterStoreContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }

    @Test
    void fingerprintLookupIsAnIndexSearch() throws Exception {
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT "
                        + Queries.CERTIFICATE_COLUMNS + " FROM client_certificates WHERE fingerprint = 'x'")) {
            List<String> plan = new ArrayList<>();
            while (rs.next()) {
                plan.add(rs.getString("detail"));
            }
            assertThat(plan).anySatisfy(step -> assertThat(step).startsWith("SEARCH").contains("INDEX").contains("fingerprint=?"));
        }
    }

    @Test
    void fingerprintsMustBeLowerCaseSha256Hex() {
        assertThatThrownBy(() -> new NewClientCertificate("c", "A".repeat(64), "CN=c", "pem", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewClientCertificate("c", "ab", "CN=c", "pem", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
