package io.kmipserver.server.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Where SQL gets its prepared statements: the writer caches them for its connection's life; the read
 * pool prepares afresh (the pool closes them with the borrowed connection). Callers close only the
 * result sets.
 */
@FunctionalInterface
interface Statements {

    PreparedStatement prepare(String sql) throws SQLException;
}
