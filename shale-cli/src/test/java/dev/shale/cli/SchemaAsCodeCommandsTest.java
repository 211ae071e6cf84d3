package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The seed workflow on every database: edit the schema file, generate, review, migrate, roll back. */
class SchemaAsCodeCommandsTest {
    private static final String USERS = """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                email VARCHAR(320) NOT NULL UNIQUE,
                name VARCHAR(255)
            );
            """;
    private static final String USERS_WITH_PREFERENCES = """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                email VARCHAR(320) NOT NULL UNIQUE,
                name VARCHAR(255),
                preferredLanguage VARCHAR(10) DEFAULT 'en',
                timezone VARCHAR(50) DEFAULT 'UTC'
            );
            """;

    @TempDir
    Path dir;

    private SchemaAsCodeProject project(TestDatabase db) throws Exception {
        return new SchemaAsCodeProject(dir, db, false);
    }

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @OnEachDatabase
    void theSeedScenarioGeneratesMigratesAndRollsBackKeepingExistingRows(TestDatabase db) throws Exception {
        List<List<String>> devDatabasesBefore = devDatabases(db);
        SchemaAsCodeProject p = project(db);
        p.schema(USERS);
        ok(p.run("generate", "create_users"));
        ok(p.run("migrate"));
        db.execute("INSERT INTO users (id, email, name) VALUES (1, 'ada@example.com', 'Ada')");

        p.schema(USERS_WITH_PREFERENCES);
        Thread.sleep(1000); // versions are timestamps to the second
        CliRun generate = p.run("generate", "add_user_preferences");
        ok(generate);
        String migration = p.migration("add_user_preferences");
        assertThat(migration).contains("-- shale:up", "-- shale:down", "timezone", "add column ")
                .containsIgnoringCase("preferredLanguage");
        assertThat(migration).doesNotContain("shale:destructive");

        ok(p.run("migrate"));
        // Unquoted, as in the schema file: each database folds (or ignores) the case the same way there.
        String prefs = db.query("SELECT preferredLanguage, timezone FROM users").toString();
        assertThat(prefs).isEqualTo("[[en, UTC]]");

        ok(p.run("rollback"));
        assertThat(db.query("SELECT * FROM users").get(0)).hasSize(3);
        ok(p.run("migrate"));
        assertThat(db.query("SELECT timezone FROM users")).isEqualTo(List.of(List.of("UTC")));

        CliRun again = p.run("generate", "nothing");
        ok(again);
        assertThat(again.err()).contains("nothing to generate");
        assertThat(p.migrationCount()).isEqualTo(2);
        assertThat(leftoverDevDatabases(db, devDatabasesBefore)).isEmpty();
    }

    @OnEachDatabase
    void aPossibleRenameIsNeverGuessedAndCanBeSaidThreeWays(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = project(db);
        p.schema(USERS);
        ok(p.run("generate", "create_users"));
        p.schema(USERS.replace("name VARCHAR(255)", "full_name VARCHAR(255)"));
        Thread.sleep(1000);

        CliRun refused = p.run("generate", "rename_name");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()[0]).contains("possible rename", "users.name", "full_name");
        assertThat(refused.errLines()[1]).contains("--rename users.name=full_name", "shale:renamed-from name");
        assertThat(p.migrationCount()).isEqualTo(1);

        CliRun flagged = p.run("generate", "rename_name", "--rename", "users.name=full_name", "--dry-run");
        ok(flagged);
        assertThat(flagged.out()).containsIgnoringCase("rename").doesNotContainIgnoringCase("drop column");

        CliRun asked = p.runInteractive("r\n", "generate", "rename_name", "--dry-run");
        ok(asked);
        assertThat(asked.err()).contains("rename column ");
        assertThat(asked.out()).containsIgnoringCase("rename").doesNotContainIgnoringCase("drop column");

        p.schema(USERS.replace("name VARCHAR(255)", "full_name VARCHAR(255) -- shale:renamed-from name"));
        CliRun directive = p.run("generate", "rename_name");
        ok(directive);
        assertThat(p.migration("rename_name")).containsIgnoringCase("rename").doesNotContainIgnoringCase("drop column");

        CliRun dropAndAdd = p.run("diff", "migrations", "schema", "--no-rename", "--rename", "users.full_name=name");
        assertThat(dropAndAdd.exitCode()).isIn(0, 1);
    }

    @OnEachDatabase
    void diffPrintsOnlySqlThatBringsTheDatabaseToTheSchemaFiles(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = project(db);
        p.schema(USERS_WITH_PREFERENCES);
        db.execute(USERS.strip().replaceAll(";$", ""));
        CliRun diff = p.run("diff", "dev", "schema");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(1);
        for (String statement : diff.out().split(";\n")) {
            if (!statement.isBlank()) {
                db.execute(statement.strip());
            }
        }
        CliRun after = p.run("diff", "dev", "schema");
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
        assertThat(after.out()).isEmpty();
    }

    @OnEachDatabase
    void pushAppliesTheSchemaFilesAndAsksBeforeDroppingData(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = project(db);
        p.schema(USERS_WITH_PREFERENCES);
        ok(p.run("push"));
        assertThat(p.run("diff", "dev", "schema").exitCode()).isZero();

        p.schema(USERS);
        CliRun refused = p.run("push");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("drops data");
        assertThat(p.run("diff", "dev", "schema").exitCode()).as("nothing changed").isEqualTo(1);
        ok(p.run("push", "--yes"));
        assertThat(p.run("diff", "dev", "schema").exitCode()).isZero();
    }

    @OnEachDatabase
    void pushRefusesAProductionEnvironment(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = new SchemaAsCodeProject(dir, db, true);
        p.schema(USERS);
        CliRun refused = p.run("push", "--yes");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()[0]).contains("production");
        assertThat(db.query(tableCountSql(db))).isEqualTo(List.of(List.of("0")));
    }

    @OnEachDatabase
    void aSchemaFileErrorNamesTheFileAndLineAndLeavesNoDevDatabase(TestDatabase db) throws Exception {
        List<List<String>> devDatabasesBefore = devDatabases(db);
        SchemaAsCodeProject p = project(db);
        p.schema(USERS + "\nCREATE TABLE broken (id INTEGER PRIMARY KEY,, x INTEGER);\n");
        CliRun run = p.run("generate", "broken");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).startsWith("error: " + dir.resolve("schema/schema.sql") + ":7: ");
        assertThat(leftoverDevDatabases(db, devDatabasesBefore)).isEmpty();
    }

    @OnEachDatabase({dev.shale.testing.TestDialect.POSTGRES, dev.shale.testing.TestDialect.MARIADB})
    void devUrlChoosesTheServerOfTheThrowAwayDatabases(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = project(db);
        p.schema(USERS);
        String elsewhere = (db.kind() == dev.shale.testing.TestDialect.POSTGRES ? "postgres" : "mysql")
                + "://someone:secret@127.0.0.1:1/x";
        CliRun run = p.run("generate", "users", "--dev-url", elsewhere);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()[0]).contains("cannot create a throw-away dev database on", "127.0.0.1:1")
                .doesNotContain("secret");
        assertThat(p.migrationCount()).isZero();
    }

    static String tableCountSql(TestDatabase db) {
        return switch (db.kind()) {
            case SQLITE -> "SELECT count(*) FROM sqlite_schema WHERE type = 'table'";
            case POSTGRES -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'";
            case MARIADB -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()";
        };
    }

    /**
     * Dev databases that appeared since {@code before} and are still there. Another build on the
     * same server may be between creating and dropping its own, so a new one gets a few seconds
     * to go away before it counts as left over.
     */
    static List<List<String>> leftoverDevDatabases(TestDatabase db, List<List<String>> before)
            throws InterruptedException {
        List<List<String>> left = List.of();
        for (int attempt = 0; attempt < 20; attempt++) {
            left = devDatabases(db).stream().filter(d -> !before.contains(d)).toList();
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(250);
        }
        return left;
    }

    /** Throw-away dev databases on the test's server (SQLite's are temporary files: none to list). */
    static List<List<String>> devDatabases(TestDatabase db) {
        return switch (db.kind()) {
            case SQLITE -> List.of();
            case POSTGRES -> db.query("SELECT datname FROM pg_database WHERE datname LIKE 'shale\\_dev\\_%'");
            case MARIADB -> db.query("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'shale\\_dev\\_%'");
        };
    }
}
