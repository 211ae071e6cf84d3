package dev.shale.desired;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.ConnectFailures;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a plan directly on a database ({@code push}): in one transaction where the database
 * has transactional DDL, so a failure leaves nothing behind; statement by statement elsewhere.
 */
final class PlanExecutor {
    private PlanExecutor() {
    }

    static void execute(DatabaseUrl url, Plan plan) {
        boolean transactional = url.dialect().migrations().transactionalDdl()
                && plan.statements().stream().allMatch(PlannedStatement::transactional);
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!transactional);
            int index = 0;
            for (PlannedStatement planned : plan.statements()) {
                index++;
                try {
                    statement.execute(planned.sql());
                } catch (SQLException e) {
                    if (transactional) {
                        connection.rollback();
                    }
                    throw new ShaleException(ExitCode.MIGRATION_FAILED,
                            "statement " + index + " of " + plan.statements().size() + " failed: " + ConnectFailures.firstLine(e),
                            transactional ? "nothing was changed; the statement was: " + planned.sql()
                                    : "statements 1 to " + (index - 1) + " were applied; the failing one was: " + planned.sql(), e);
                }
            }
            if (transactional) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.DATABASE_UNAVAILABLE,
                    "lost the connection to " + url.display() + ": " + ConnectFailures.firstLine(e), "run again", e);
        }
    }
}
