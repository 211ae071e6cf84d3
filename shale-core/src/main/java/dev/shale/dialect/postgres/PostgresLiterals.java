package dev.shale.dialect.postgres;

import dev.shale.dialect.SqlLiterals;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL literals through the driver's own escaping, which follows the session's
 * {@code standard_conforming_strings} (a backslash is doubled only where it escapes).
 */
final class PostgresLiterals implements SqlLiterals {
    private final PGConnection connection;

    PostgresLiterals(PGConnection connection) {
        this.connection = connection;
    }

    @Override
    public String string(String value) throws SQLException {
        return "'" + connection.escapeLiteral(value) + "'";
    }

    @Override
    public String now() {
        return "clock_timestamp()";
    }

    @Override
    public String millisSinceTransactionStart() {
        // transaction_timestamp() is when BEGIN ran: https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-CURRENT
        return "floor(extract(epoch FROM clock_timestamp() - transaction_timestamp()) * 1000)::bigint";
    }
}
