package dev.shale.dialect;

import java.sql.SQLException;

/**
 * Values written into SQL text, as one connection reads them: for statements that travel in a
 * batch of plain SQL, where a parameter cannot be bound (see
 * {@link MigrationSupport#batchLiterals}).
 */
public interface SqlLiterals {
    /** {@code value} as a string literal, quoted and escaped for this connection's settings. */
    String string(String value) throws SQLException;

    /** An expression for the server's current time (not the transaction's start). */
    String now();

    /** An expression for the whole milliseconds since the current transaction began, by the server's clock. */
    String millisSinceTransactionStart();
}
