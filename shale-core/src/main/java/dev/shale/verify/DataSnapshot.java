package dev.shale.verify;

import dev.shale.DatabaseUnavailableException;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.ConnectFailures;
import dev.shale.dialect.TableChecksum;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data of every table of the scratch database at one step of a rehearsal: row count and
 * per-column checksums, computed by the database (the dialect's {@code RowData}).
 */
record DataSnapshot(Map<QualifiedName, TableChecksum> tables) {

    DataSnapshot {
        tables = Map.copyOf(tables);
    }

    /** Fingerprints every table of {@code schema}, which {@code url} holds. */
    static DataSnapshot take(DatabaseUrl url, DatabaseSchema schema) {
        Map<QualifiedName, TableChecksum> tables = new TreeMap<>();
        try (Connection connection = url.connect()) {
            for (Table table : schema.tables()) {
                List<String> columns = table.columns().stream().map(Column::name).toList();
                tables.put(table.name(), url.dialect().rows().checksum(connection,
                        TableNames.sql(url.dialect(), table.name()), columns));
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the data of the scratch database " + url.display()
                    + ": " + ConnectFailures.firstLine(e), "run with --debug for details", e);
        }
        return new DataSnapshot(tables);
    }

    Optional<TableChecksum> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }
}
