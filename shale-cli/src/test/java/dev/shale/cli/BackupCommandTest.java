package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code migrate --backup} and {@code shale restore}, end to end on each database with its own tools. */
class BackupCommandTest {
    private static final Pattern BACKUP_LINE = Pattern.compile("backup: (\\S+) \\((\\d+) bytes, (\\d+) tables\\)");

    private static SchemaAsCodeProject project(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, true);
        migration(project, "0001_create_t.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20));",
                "DROP TABLE t;");
        return project;
    }

    private static void migration(SchemaAsCodeProject project, String name, String up, String down)
            throws IOException {
        Files.writeString(project.dir.resolve("migrations").resolve(name),
                "-- shale:up\n" + up + "\n-- shale:down\n" + down + "\n");
        assertThat(project.run("hash").exitCode()).isZero();
    }

    @OnEachDatabase
    void productionBacksUpBeforeMigratingAndRestoreBringsTheDataBack(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        CliRun first = project.run("migrate", "--yes", "--no-backup");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).doesNotContain("backup:");
        db.execute("INSERT INTO t (id, name) VALUES (1, 'kept')");
        migration(project, "0002_add_n.sql", "ALTER TABLE t ADD COLUMN n INTEGER;", "ALTER TABLE t DROP COLUMN n;");

        CliRun migrate = project.run("migrate", "--yes");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        Matcher backup = BACKUP_LINE.matcher(migrate.err());
        assertThat(backup.find()).as(migrate.err()).isTrue();
        Path file = Path.of(backup.group(1));
        assertThat(file.getParent()).isEqualTo(project.dir.resolve("backups"));
        assertThat(Files.size(file)).isEqualTo(Long.parseLong(backup.group(2))).isPositive();
        assertThat(backup.group(3)).as("t and the history table").isEqualTo("2");
        assertThat(migrate.err().indexOf("backup:")).isLessThan(migrate.err().indexOf("add n"));

        db.execute("DELETE FROM t");
        CliRun unconfirmed = project.run("restore", file.toString());
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(unconfirmed.errLines()[0]).isEqualTo(
                "error: 'dev' is a production environment and there is no terminal to confirm on");
        assertThat(db.queryValue("SELECT count(*) FROM t")).isEqualTo("0");

        CliRun restore = project.run("restore", file.toString(), "--yes");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.err()).contains("restored " + file + " into 'dev'");
        assertThat(db.query("SELECT id, name FROM t")).containsExactly(java.util.List.of("1", "kept"));
        CliRun again = project.run("migrate", "--yes", "--no-backup");
        assertThat(again.exitCode()).as("the history came back with the data: 0002 is pending again, "
                + again.err()).isZero();
        assertThat(again.err()).contains("add n");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aBackupThatCannotBeWrittenStopsTheMigrationBeforeItRuns(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        Files.writeString(project.dir.resolve("backups"), "not a directory");
        CliRun migrate = project.run("migrate", "--yes");
        assertThat(migrate.exitCode()).isEqualTo(4);
        assertThat(migrate.err()).contains("error: cannot create the backup directory "
                + project.dir.resolve("backups"));
        assertThat(db.queryValue("SELECT count(*) FROM sqlite_master WHERE name = 't'")).isEqualTo("0");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void outsideProductionThereIsNoBackupUnlessAsked(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("dev"), db, false);
        migration(project, "0001_create_t.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;");
        migration(project, "0002_create_u.sql", "CREATE TABLE u (id INTEGER PRIMARY KEY);", "DROP TABLE u;");
        CliRun plain = project.run("migrate", "--target", "0001");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.err()).doesNotContain("backup:");
        assertThat(project.dir.resolve("backups")).doesNotExist();
        CliRun asked = project.run("migrate", "--backup");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.err()).containsPattern(BACKUP_LINE.pattern());
        CliRun nothingPending = project.run("migrate", "--backup");
        assertThat(nothingPending.err()).as("no backup when nothing is pending").doesNotContain("backup:");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void statusShowsTheBackupTakenBeforeAMigrationAsTextAndJson(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("dev"), db, false);
        migration(project, "0001_create_t.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;");
        CliRun migrate = project.run("migrate", "--backup");
        Matcher backup = BACKUP_LINE.matcher(migrate.err());
        assertThat(backup.find()).as(migrate.err()).isTrue();

        CliRun text = project.run("status");
        assertThat(text.err()).contains("backup before 0001 create t: " + backup.group(1) + " (" + backup.group(2)
                + " bytes)");
        CliRun json = project.run("status", "--format", "json");
        assertThat(json.out()).contains("\"backupPath\" : \"" + backup.group(1) + "\"")
                .contains("\"backupBytes\" : " + backup.group(2));
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void restoreRefusesWhileTheDatabaseHasTablesCreatedAfterTheBackup(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        assertThat(project.run("migrate", "--yes", "--no-backup").exitCode()).isZero();
        db.execute("INSERT INTO t (id, name) VALUES (1, 'before')");
        migration(project, "0002_create_u.sql", "CREATE TABLE u (id INTEGER PRIMARY KEY);", "DROP TABLE u;");
        CliRun migrate = project.run("migrate", "--yes");
        Matcher backup = BACKUP_LINE.matcher(migrate.err());
        assertThat(backup.find()).as(migrate.err()).isTrue();
        db.execute("UPDATE t SET name = 'after'");

        CliRun refused = project.run("restore", backup.group(1), "--yes");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()[0]).matches("error: the database has 1 table that the backup "
                + Pattern.quote(Path.of(backup.group(1)).getFileName().toString()) + " does not hold: (public\\.)?u");
        assertThat(refused.err()).contains("hint: they were created after the backup");
        assertThat(db.queryValue("SELECT name FROM t")).as("nothing restored").isEqualTo("after");

        db.execute("DROP TABLE u");
        CliRun restore = project.run("restore", backup.group(1), "--yes");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(db.queryValue("SELECT name FROM t")).isEqualTo("before");
    }
}
