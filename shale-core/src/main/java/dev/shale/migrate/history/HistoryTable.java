package dev.shale.migrate.history;

import dev.shale.config.Environment;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.SqlLiterals;
import dev.shale.migrate.files.MigrationVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
    private static final String BACKUP_PATH = "backup_path";
    private static final String BACKUP_BYTES = "backup_bytes";

    private final Dialect dialect;
    private final String table;
    private final Optional<String> schema;
    private final String displayName;
    /** Whether the table has the backup columns, as the last read of it saw; null before one. */
    private Boolean backupColumns;

    public HistoryTable(Dialect dialect, Environment environment) {
        this.dialect = dialect;
        this.schema = environment.historySchema().map(dialect::quote);
        this.table = schema.map(s -> s + ".").orElse("") + dialect.quote(environment.historyTable());
        this.displayName = environment.historySchema().map(s -> s + ".").orElse("") + environment.historyTable();
    }

    /** The table's name as SQL: quoted, and qualified when it has a schema. */
    public String sqlName() {
        return table;
    }

    /** The table's name as people read it, e.g. {@code shale_history}. */
    public String displayName() {
        return displayName;
    }

    /**
     * All rows in the order they were written, or empty when the table does not exist yet. Reads
     * tables created before the backup columns existed too (their rows have no backup).
     */
    public Optional<List<HistoryEntry>> read(Connection connection) throws SQLException {
        String sql = "SELECT * FROM " + table + " ORDER BY installed_rank";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            boolean withBackups = hasBackupColumns(rs.getMetaData());
            backupColumns = withBackups;
            List<HistoryEntry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(row(rs, withBackups));
            }
            return Optional.of(entries);
        } catch (SQLException e) {
            if (dialect.migrations().isUndefinedTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static HistoryEntry row(ResultSet rs, boolean withBackups) throws SQLException {
        String version = rs.getString("version");
        Optional<RecordedBackup> backup = Optional.empty();
        if (withBackups && rs.getString(BACKUP_PATH) != null) {
            backup = Optional.of(new RecordedBackup(rs.getString(BACKUP_PATH), rs.getLong(BACKUP_BYTES)));
        }
        return new HistoryEntry(rs.getInt("installed_rank"), Optional.ofNullable(version).map(MigrationVersion::parse),
                rs.getString("description"), HistoryKind.valueOf(rs.getString("kind")), rs.getString("script"),
                rs.getString("checksum"), rs.getTimestamp("applied_at").toInstant(), rs.getString("applied_by"),
                rs.getLong("execution_ms"), rs.getBoolean("success"), rs.getInt("statements_applied"),
                rs.getInt("statements_total"), backup);
    }

    /**
     * True when the existing table has the backup columns; run only on a table that exists. Answers
     * from the last {@link #read} when there was one, without another query.
     */
    public boolean hasBackupColumns(Connection connection) throws SQLException {
        if (backupColumns != null) {
            return backupColumns;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return hasBackupColumns(rs.getMetaData());
        }
    }

    private static boolean hasBackupColumns(ResultSetMetaData meta) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(BACKUP_PATH)) {
                return true;
            }
        }
        return false;
    }

    /** The statements that add the nullable backup columns to a table created without them. */
    public List<SqlCommand> addBackupColumns() {
        backupColumns = null;
        return dialect.migrations().addHistoryBackupColumns(table).stream().map(SqlCommand::new).toList();
    }

    /** Records on row {@code rank} the backup taken before the run it started. */
    public SqlCommand recordBackup(int rank, RecordedBackup backup) {
        return new SqlCommand("UPDATE " + table + " SET " + BACKUP_PATH + " = ?, " + BACKUP_BYTES
                + " = ? WHERE installed_rank = ?", backup.path(), backup.bytes(), rank);
    }

    /** The statements that create the table (and its schema), backup columns included. */
    public List<SqlCommand> create() {
        backupColumns = null;
        return dialect.migrations().createHistoryTable(table, schema).stream().map(SqlCommand::new).toList();
    }

    public SqlCommand insert(HistoryEntry entry) {
        return new SqlCommand("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.rank(), entry.version().map(MigrationVersion::text).orElse(null), entry.description(),
                entry.kind().name(), entry.script(), entry.checksum(), entry.appliedAt(), entry.appliedBy(),
                entry.executionMillis(), entry.success(), entry.statementsApplied(), entry.statementsTotal());
    }

    /**
     * The INSERT of {@code entry} as plain SQL, for the batch that also carries its migration's
     * statements and COMMIT: its values written by {@code literals}, its applied_at and
     * execution_ms taken by the server as the row is written (the entry's own are not used).
     */
    public String insertInBatch(HistoryEntry entry, SqlLiterals literals) throws SQLException {
        String version = orNull(entry.version().map(MigrationVersion::text).orElse(null), literals);
        return "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (" + entry.rank() + ", " + version + ", "
                + literals.string(entry.description()) + ", " + literals.string(entry.kind().name()) + ", "
                + literals.string(entry.script()) + ", " + orNull(entry.checksum(), literals) + ", " + literals.now()
                + ", " + literals.string(entry.appliedBy()) + ", " + literals.millisSinceTransactionStart() + ", "
                + entry.success() + ", " + entry.statementsApplied() + ", " + entry.statementsTotal() + ")";
    }

    private static String orNull(String value, SqlLiterals literals) throws SQLException {
        return value == null ? "NULL" : literals.string(value);
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

    /** {@link #delete} as plain SQL, for a batch. */
    public String deleteInBatch(int rank) {
        return "DELETE FROM " + table + " WHERE installed_rank = " + rank;
    }
}
