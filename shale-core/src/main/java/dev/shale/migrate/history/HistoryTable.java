package dev.shale.migrate.history;

import dev.shale.config.Environment;
import dev.shale.dialect.Dialect;
import dev.shale.migrate.files.MigrationVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history table ({@code shale_history} by default): reads it in one query and builds the
 * statements that write it. Names always go through the dialect's quoting.
 */
public final class HistoryTable {
    private static final String COLUMNS = "installed_rank, version, description, kind, script, checksum, "
            + "applied_at, applied_by, execution_ms, success, statements_applied, statements_total";

    private final Dialect dialect;
    private final String table;
    private final Optional<String> schema;
    private final String displayName;

    public HistoryTable(Dialect dialect, Environment environment) {
        this.dialect = dialect;
        this.schema = environment.historySchema().map(dialect::quote);
        this.table = schema.map(s -> s + ".").orElse("") + dialect.quote(environment.historyTable());
        this.displayName = environment.historySchema().map(s -> s + ".").orElse("") + environment.historyTable();
    }

    /** The table's name as people read it, e.g. {@code shale_history}. */
    public String displayName() {
        return displayName;
    }

    /** All rows in the order they were written, or empty when the table does not exist yet. */
    public Optional<List<HistoryEntry>> read(Connection connection) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM " + table + " ORDER BY installed_rank";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<HistoryEntry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(row(rs));
            }
            return Optional.of(entries);
        } catch (SQLException e) {
            if (dialect.migrations().isUndefinedTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static HistoryEntry row(ResultSet rs) throws SQLException {
        String version = rs.getString(2);
        return new HistoryEntry(rs.getInt(1), Optional.ofNullable(version).map(MigrationVersion::parse),
                rs.getString(3), HistoryKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getLong(9), rs.getBoolean(10),
                rs.getInt(11), rs.getInt(12));
    }

    /** The statements that create the table (and its schema). */
    public List<SqlCommand> create() {
        return dialect.migrations().createHistoryTable(table, schema).stream().map(SqlCommand::new).toList();
    }

    public SqlCommand insert(HistoryEntry entry) {
        return new SqlCommand("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.rank(), entry.version().map(MigrationVersion::text).orElse(null), entry.description(),
                entry.kind().name(), entry.script(), entry.checksum(), entry.appliedAt(), entry.appliedBy(),
                entry.executionMillis(), entry.success(), entry.statementsApplied(), entry.statementsTotal());
    }

    /** Records progress (or the end) of a migration that runs statement by statement. */
    public SqlCommand progress(int rank, boolean success, int statementsApplied, int statementsTotal, String checksum,
                               long millis) {
        return new SqlCommand("UPDATE " + table + " SET success = ?, statements_applied = ?, statements_total = ?, "
                + "checksum = ?, execution_ms = ? WHERE installed_rank = ?",
                success, statementsApplied, statementsTotal, checksum, millis, rank);
    }

    public SqlCommand updateChecksum(int rank, String checksum) {
        return new SqlCommand("UPDATE " + table + " SET checksum = ? WHERE installed_rank = ?", checksum, rank);
    }

    public SqlCommand delete(int rank) {
        return new SqlCommand("DELETE FROM " + table + " WHERE installed_rank = ?", rank);
    }
}
