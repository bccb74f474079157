package io.kmipserver.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadStatementsTest {

    @TempDir
    Path dir;

    private Connection connect() throws Exception {
        return DriverManager.getConnection(SqlDialect.sqliteUrl(dir.resolve("read.db")));
    }

    @Test
    void theSameSqlOnTheSameConnectionGetsTheSameStatementWithItsParametersCleared() throws Exception {
        try (Connection c = connect(); ReadStatements cache = new ReadStatements()) {
            PreparedStatement first = cache.of(c).prepare("SELECT ? IS NULL");
            first.setString(1, "bound");
            first.executeQuery().close();

            PreparedStatement again = cache.of(c).prepare("SELECT ? IS NULL");

            assertThat(again).isSameAs(first);
            try (ResultSet rs = again.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("the previous value is not reused").isTrue();
            }
        }
    }

    @Test
    void eachConnectionHasItsOwnStatements() throws Exception {
        try (Connection one = connect(); Connection two = connect(); ReadStatements cache = new ReadStatements()) {
            PreparedStatement onOne = cache.of(one).prepare("SELECT 1");
            PreparedStatement onTwo = cache.of(two).prepare("SELECT 1");

            assertThat(onTwo).isNotSameAs(onOne);
            assertThat(onTwo.getConnection()).isSameAs(two);
            assertThat(cache.size()).isEqualTo(2);
        }
    }

    @Test
    void theLeastRecentlyUsedStatementIsClosedWhenAConnectionHoldsTooMany() throws Exception {
        try (Connection c = connect(); ReadStatements cache = new ReadStatements()) {
            Statements sql = cache.of(c);
            List<PreparedStatement> made = new ArrayList<>();
            for (int i = 0; i <= ReadStatements.MAX_PER_CONNECTION; i++) {
                made.add(sql.prepare("SELECT " + i));
            }

            assertThat(cache.size()).isEqualTo(ReadStatements.MAX_PER_CONNECTION);
            assertThat(made.get(0).isClosed()).isTrue();
            assertThat(made.get(ReadStatements.MAX_PER_CONNECTION).isClosed()).isFalse();
        }
    }

    @Test
    void closingClosesEveryStatementAndAClosedConnectionsStatementsAreDropped() throws Exception {
        ReadStatements cache = new ReadStatements();
        Connection gone = connect();
        cache.of(gone).prepare("SELECT 1");
        gone.close();
        try (Connection c = connect()) {
            PreparedStatement kept = cache.of(c).prepare("SELECT 2");

            assertThat(cache.size()).as("the closed connection's entry went when a new one came").isEqualTo(1);

            cache.close();
            assertThat(kept.isClosed()).isTrue();
            assertThat(cache.size()).isZero();
        }
    }
}
