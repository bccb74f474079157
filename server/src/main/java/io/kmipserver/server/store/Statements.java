package io.kmipserver.server.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Where SQL gets its prepared statements: the writer caches them for its connection's life, the read
 * pool per physical connection ({@link ReadStatements}). A statement may be handed out again, so
 * callers bind every parameter and close only the result sets — before they prepare the same SQL
 * again.
 */
@FunctionalInterface
interface Statements {

    PreparedStatement prepare(String sql) throws SQLException;
}
