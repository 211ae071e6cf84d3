package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.Shale;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryKind;
import dev.shale.migrate.history.HistoryTable;
import dev.shale.migrate.history.RecordedBackup;
import dev.shale.migrate.history.SqlCommand;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code migrate --backup} records the backup's path and size in the history, and status shows it. */
class BackupHistoryTest {
    private static final String CREATE_T = MigrationProject.migration(
            "CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;");
    private static final String ADD_N = MigrationProject.migration(
            "ALTER TABLE t ADD COLUMN n INTEGER;", "ALTER TABLE t DROP COLUMN n;");

    private static MigrationStatus status(Shale shale, String version) {
        return shale.status().stream().filter(s -> s.version().equals(version)).findFirst().orElseThrow();
    }

    @OnEachDatabase
    void theFirstMigrationAfterABackupRecordsItsPathAndSize(TestDatabase db) throws IOException {
        MigrationProject project = new MigrationProject(db).file("0001_create_t.sql", CREATE_T);
        project.shale().migrate();
        project.file("0002_add_n.sql", ADD_N).file("0003_add_m.sql", MigrationProject.migration(
                "ALTER TABLE t ADD COLUMN m INTEGER;", "ALTER TABLE t DROP COLUMN m;"));
        Path backups = db.scratchDir().resolve("backups");

        project.shale().migrate(MigrateOptions.defaults().backupTo(backups));

        Shale shale = project.shale();
        Path file;
        try (var listing = Files.list(backups)) {
            file = listing.findFirst().orElseThrow();
        }
        assertThat(status(shale, "0002").backup())
                .contains(new RecordedBackup(file.toAbsolutePath().toString(), Files.size(file)));
        assertThat(status(shale, "0001").backup()).isEmpty();
        assertThat(status(shale, "0003").backup()).as("one backup per run, on its first migration").isEmpty();
        assertThat(db.queryValue("SELECT backup_bytes FROM shale_history WHERE version = '0002'"))
                .isEqualTo(Long.toString(Files.size(file)));
    }

    @OnEachDatabase
    void aHistoryTableOfAnEarlierVersionGetsTheBackupColumnsAndKeepsItsRows(TestDatabase db) throws SQLException {
        MigrationProject project = new MigrationProject(db).file("0001_create_t.sql", CREATE_T)
                .file("0002_add_n.sql", ADD_N);
        HistoryTable history = new HistoryTable(db.dialect(), project.shale().environment());
        String quoted = db.dialect().quote("shale_history");
        try (Connection connection = db.connect()) {
            for (String sql : db.dialect().migrations().createHistoryTable(quoted, Optional.empty())) {
                new SqlCommand(sql).execute(connection);
            }
            // The table as versions before the backup columns created it.
            new SqlCommand("ALTER TABLE " + quoted + " DROP COLUMN backup_path").execute(connection);
            new SqlCommand("ALTER TABLE " + quoted + " DROP COLUMN backup_bytes").execute(connection);
            assertThat(history.hasBackupColumns(connection)).as("the shape of earlier versions").isFalse();
            history.insert(new HistoryEntry(1, Optional.of(MigrationVersion.parse("0001")), "create t",
                    HistoryKind.UP, "0001_create_t.sql", checksum(project), Instant.parse("2026-01-02T03:04:05Z"),
                    "someone", 12, true, 1, 1)).execute(connection);
        }
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        assertThat(status(project.shale(), "0001").state()).as("old rows are read").isEqualTo(MigrationState.APPLIED);

        project.shale().migrate(MigrateOptions.defaults().backupTo(db.scratchDir().resolve("backups")));

        assertThat(project.progress()).contains(
                "added the columns backup_path and backup_bytes to the history table shale_history");
        Shale shale = project.shale();
        assertThat(status(shale, "0001").state()).isEqualTo(MigrationState.APPLIED);
        assertThat(status(shale, "0001").backup()).isEmpty();
        assertThat(status(shale, "0002").backup()).hasValueSatisfying(b -> assertThat(b.bytes()).isPositive());
        try (Connection connection = db.connect()) {
            assertThat(history.hasBackupColumns(connection)).isTrue();
        }
        project.progress().clear();
        project.shale().migrate();
        assertThat(project.progress()).as("the upgrade runs once").noneMatch(line -> line.contains("added the columns"));
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aFirstMigrationThatFailsPartWayStillNamesTheBackupTakenBeforeIt(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_create_t.sql", CREATE_T);
        project.shale().migrate();
        project.file("0002_half.sql", MigrationProject.migration(
                "CREATE TABLE u (id INTEGER PRIMARY KEY);\nINSERT INTO missing_table VALUES (1);", "DROP TABLE u;"));

        assertThatThrownBy(() -> project.shale().migrate(
                MigrateOptions.defaults().backupTo(db.scratchDir().resolve("backups"))))
                .isInstanceOf(MigrationFailedException.class);

        MigrationStatus half = status(project.shale(), "0002");
        assertThat(half.state()).isEqualTo(MigrationState.FAILED);
        assertThat(half.backup()).hasValueSatisfying(b -> assertThat(b.path()).contains("backups"));
    }

    private static String checksum(MigrationProject project) {
        return new dev.shale.migrate.files.MigrationDirectory().load(project.migrations()).versioned().stream()
                .filter(s -> s.script().equals("0001_create_t.sql")).findFirst().orElseThrow().checksum();
    }
}
