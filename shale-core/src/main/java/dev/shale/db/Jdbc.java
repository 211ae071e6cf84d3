package dev.shale.db;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.dialect.ConnectFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One-shot statements on a fresh connection, for administration (create / drop database). */
public final class Jdbc {
    private Jdbc() {
    }

    public static void execute(DatabaseUrl url, String sql) {
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.DATABASE_UNAVAILABLE,
                    "statement failed on " + url.display() + ": " + ConnectFailures.firstLine(e),
                    "check that the user may run: " + sql, e);
        }
    }
}
