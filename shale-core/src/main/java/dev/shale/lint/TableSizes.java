package dev.shale.lint;

import dev.shale.config.Environment;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.TableStatistics.TableSize;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/** Reads an environment's table sizes on a read-only session, for {@code lint --env} estimates. */
public final class TableSizes {
    private TableSizes() {
    }

    /** The basis for estimates against {@code environment}'s database. */
    public static EstimateBasis of(Environment environment, Duration lockThreshold) {
        Dialect dialect = environment.url().dialect();
        try (Connection readOnly = environment.url().connectReadOnly()) {
            Map<QualifiedName, TableSize> tables = dialect.statistics().read(readOnly);
            return new EstimateBasis(environment.name(), tables, lockThreshold);
        } catch (SQLException e) {
            throw dialect.explainConnectFailure(e, environment.url());
        }
    }
}
