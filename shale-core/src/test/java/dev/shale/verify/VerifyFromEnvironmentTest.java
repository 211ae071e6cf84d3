package dev.shale.verify;

import static dev.shale.migrate.MigrationProject.migration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.inspect.Inspector;
import dev.shale.migrate.MigrationProject;
import dev.shale.model.DatabaseSchema;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code verify --from-env} and {@code --sample-rows}: the environment's schema, history and a
 * sample of its rows copied to a scratch database, the environment itself never written.
 */
class VerifyFromEnvironmentTest {
    private static final String USERS = migration("CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100));",
            "DROP TABLE users;");
    private static final String ADD_NICKNAME = "ALTER TABLE users ADD COLUMN nickname VARCHAR(20);";

    /** An environment on which 0001 is applied and three users exist; 0002 is pending. */
    private static MigrationProject environmentWithUsers(TestDatabase db, String pending) {
        MigrationProject project = new MigrationProject(db).file("0001_users.sql", USERS);
        project.shale().migrate();
        db.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')",
                "INSERT INTO users (id, email) VALUES (2, 'bob@example.com')",
                "INSERT INTO users (id, email) VALUES (3, NULL)");
        return project.file("0002_change.sql", pending);
    }

    /** A down that rebuilds users from a renamed copy, copying only what {@code select} picks. */
    private static String rebuildDown(String insert) {
        return "ALTER TABLE users RENAME TO users_old;\n"
                + "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100));\n"
                + insert + "\nDROP TABLE users_old;";
    }

    private static void writeSchemaFile(MigrationProject project, String sql) {
        try {
            Files.createDirectories(project.dir().resolve("schema"));
            Files.writeString(project.dir().resolve("schema/schema.sql"), sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VerifyReport verifyFromEnv(MigrationProject project, Integer sampleRows) {
        return project.shale().verify(VerifyOptions.pending().fromEnvironment(true).sampleRows(sampleRows));
    }

    @OnEachDatabase
    void rehearsesThePendingMigrationsOnACopyAndNeverWritesTheEnvironment(TestDatabase db) {
        MigrationProject project = environmentWithUsers(db, migration(ADD_NICKNAME,
                "ALTER TABLE users DROP COLUMN nickname;"));
        DatabaseSchema schemaBefore = Inspector.inspect(db.url(), List.of()).schema();
        List<List<String>> historyBefore = db.query("SELECT * FROM shale_history ORDER BY installed_rank");
        List<List<String>> rowsBefore = db.query("SELECT id, email FROM users ORDER BY id");

        VerifyReport report = verifyFromEnv(project, 10);

        assertThat(report.migrations()).extracting(MigrationVerdict::script).containsExactly("0002_change.sql");
        MigrationVerdict verdict = report.migrations().get(0);
        assertThat(verdict.passed()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.data()).hasValueSatisfying(d -> {
            assertThat(d.kept()).isTrue();
            assertThat(d.upLosses()).isEmpty();
        });
        assertThat(VerifyFormat.TEXT.render(report)).contains("data kept");
        assertThat(Inspector.inspect(db.url(), List.of()).schema()).isEqualTo(schemaBefore);
        assertThat(db.query("SELECT * FROM shale_history ORDER BY installed_rank")).isEqualTo(historyBefore);
        assertThat(db.query("SELECT id, email FROM users ORDER BY id")).isEqualTo(rowsBefore);
    }

    @OnEachDatabase
    void theCopyHoldsWhatTheEnvironmentHasBeyondItsMigrations(TestDatabase db) {
        MigrationProject project = environmentWithUsers(db, migration("ALTER TABLE legacy ADD COLUMN note VARCHAR(20);",
                "ALTER TABLE legacy DROP COLUMN note;"));
        db.execute("CREATE TABLE legacy (id INTEGER)");
        writeSchemaFile(project, "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100));\n");

        assertThat(project.shale().verify(VerifyOptions.pending()).passed())
                .as("a replay of the migrations has no table legacy").isFalse();
        VerifyReport fromEnv = verifyFromEnv(project, null);
        assertThat(fromEnv.passed()).as("the copy of the environment has it").isTrue();
        assertThat(fromEnv.schemaFiles()).as("the copy's schema is not the migrations' alone").isEmpty();
        assertThat(db.query("SELECT count(*) FROM shale_history")).containsExactly(List.of("1"));
    }

    @OnEachDatabase
    void aDownThatRebuildsTheTableAndLosesValuesOfAColumnItDoesNotOwnIsCaught(TestDatabase db) {
        MigrationProject project = environmentWithUsers(db, migration(ADD_NICKNAME,
                rebuildDown("INSERT INTO users (id) SELECT id FROM users_old;")));

        VerifyReport report = verifyFromEnv(project, 10);

        MigrationVerdict verdict = report.migrations().get(0);
        assertThat(verdict.down().passed()).as("the schema is restored: " + verdict.problems()).isTrue();
        assertThat(verdict.passed()).isFalse();
        assertThat(report.exitCode()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(verdict.problem()).hasValueSatisfying(p -> assertThat(p)
                .matches("down changes the values of column (public\\.)?users\\.email, which the migration does "
                        + "not touch \\(2 non-null before, 0 after\\)"));
        assertThat(VerifyFormat.JSON.render(report)).contains("\"kept\" : false");
    }

    @OnEachDatabase
    void aDownThatRebuildsTheTableAndLosesARowIsCaught(TestDatabase db) {
        MigrationProject project = environmentWithUsers(db, migration(ADD_NICKNAME,
                rebuildDown("INSERT INTO users (id, email) SELECT id, email FROM users_old WHERE id <> 2;")));

        MigrationVerdict verdict = verifyFromEnv(project, 10).migrations().get(0);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.data().orElseThrow().downLosses()).singleElement().asString()
                .matches("down loses 1 row of table (public\\.)?users");
    }

    @OnEachDatabase
    void aDestructiveUpIsReportedWithTheValuesItLosesWithoutFailing(TestDatabase db) {
        MigrationProject project = environmentWithUsers(db, migration("ALTER TABLE users DROP COLUMN email;",
                "ALTER TABLE users ADD COLUMN email VARCHAR(100);"));

        VerifyReport report = verifyFromEnv(project, 2);

        MigrationVerdict verdict = report.migrations().get(0);
        assertThat(verdict.passed()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.data().orElseThrow().upLosses()).singleElement().asString()
                .as("two rows sampled; the first two users have an email")
                .matches("up drops column (public\\.)?users\\.email: 2 non-null value\\(s\\) lost");
        assertThat(VerifyFormat.MARKDOWN.render(report)).contains("up loses data").contains("users.email");
    }

    @OnEachDatabase
    void sampleRowsNeedsFromEnvAndAPositiveCount(TestDatabase db) {
        MigrationProject project = environmentWithUsers(db, migration(ADD_NICKNAME, "SELECT 1;"));

        assertThatThrownBy(() -> project.shale().verify(VerifyOptions.pending().sampleRows(5)))
                .isInstanceOf(ShaleException.class).hasMessage("--sample-rows needs --from-env");
        assertThatThrownBy(() -> verifyFromEnv(project, 0))
                .isInstanceOf(ShaleException.class).hasMessageContaining("positive number");
        assertThatThrownBy(() -> project.shale().verify(VerifyOptions.everyMigration().fromEnvironment(true)))
                .isInstanceOf(ShaleException.class).hasMessageContaining("cannot be combined with --all");
    }

    @OnEachDatabase
    void aSampleWhoseForeignKeysPointAtRowsNotSampledIsCopied(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_orders.sql", migration(
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50));\n"
                        + "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id));",
                "DROP TABLE orders;\nDROP TABLE customers;"));
        project.shale().migrate();
        db.execute("INSERT INTO customers (id, name) VALUES (1, 'ada')", "INSERT INTO customers (id, name) VALUES (2, 'bob')",
                "INSERT INTO orders (id, customer_id) VALUES (10, 2)", "INSERT INTO orders (id, customer_id) VALUES (11, 1)");
        project.file("0002_note.sql", migration("ALTER TABLE orders ADD COLUMN note VARCHAR(20);",
                "ALTER TABLE orders DROP COLUMN note;"));

        MigrationVerdict verdict = verifyFromEnv(project, 1).migrations().get(0);

        assertThat(verdict.passed()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.data()).hasValueSatisfying(d -> assertThat(d.kept()).isTrue());
        assertThat(project.progress()).contains("copied 2 row(s), up to 1 per table");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void postgresEnumsIdentityColumnsAndJsonAreCopiedAndChecked(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_tickets.sql", migration(
                "CREATE TYPE mood AS ENUM ('calm', 'angry');\n"
                        + "CREATE TABLE tickets (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, mood mood, "
                        + "body JSONB, created TIMESTAMPTZ DEFAULT now(), price NUMERIC(10, 2));",
                "DROP TABLE tickets;\nDROP TYPE mood;"));
        project.shale().migrate();
        db.execute("INSERT INTO tickets (mood, body, price) VALUES ('calm', '{\"a\": 1}', 9.99), ('angry', NULL, NULL)");
        project.file("0002_lossy.sql", migration("ALTER TABLE tickets ALTER COLUMN price TYPE INTEGER;",
                "ALTER TABLE tickets ALTER COLUMN price TYPE NUMERIC(10, 2);"));

        MigrationVerdict verdict = verifyFromEnv(project, 10).migrations().get(0);

        assertThat(verdict.down().passed()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.data().orElseThrow().upLosses()).containsExactly(
                "up changes the values of column public.tickets.price");
        assertThat(verdict.passed()).as("the rounded prices are the up's own doing").isTrue();
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void mariadbEnumsAutoIncrementJsonAndBlobsAreCopiedAndKept(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_tickets.sql", migration(
                "CREATE TABLE tickets (id INT AUTO_INCREMENT PRIMARY KEY, mood ENUM('calm', 'angry'), body JSON, "
                        + "created DATETIME DEFAULT CURRENT_TIMESTAMP, data BLOB, price DECIMAL(10, 2));",
                "DROP TABLE tickets;"));
        project.shale().migrate();
        db.execute("INSERT INTO tickets (mood, body, data, price) VALUES ('calm', '{\"a\": 1}', X'00FF10', 9.99), "
                + "('angry', NULL, NULL, NULL)");
        project.file("0002_flag.sql", migration("ALTER TABLE tickets ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT FALSE;",
                "ALTER TABLE tickets DROP COLUMN flagged;"));

        MigrationVerdict verdict = verifyFromEnv(project, 10).migrations().get(0);

        assertThat(verdict.passed()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.data()).hasValueSatisfying(d -> assertThat(d.upLosses()).isEmpty());
    }

    @OnEachDatabase
    void aMigrationThatInsertsRowsGetsKeysPastTheCopiedOnes(TestDatabase db) {
        String autoKey = switch (db.kind()) {
            case POSTGRES -> "SERIAL PRIMARY KEY";
            case MARIADB -> "INT AUTO_INCREMENT PRIMARY KEY";
            case SQLITE -> "INTEGER PRIMARY KEY AUTOINCREMENT";
        };
        MigrationProject project = new MigrationProject(db).file("0001_tags.sql", migration(
                "CREATE TABLE tags (id " + autoKey + ", name VARCHAR(20));", "DROP TABLE tags;"));
        project.shale().migrate();
        db.execute("INSERT INTO tags (name) VALUES ('a')", "INSERT INTO tags (name) VALUES ('b')");
        project.file("0002_seed.sql", migration("INSERT INTO tags (name) VALUES ('seeded');",
                "DELETE FROM tags WHERE name = 'seeded';"));

        MigrationVerdict verdict = verifyFromEnv(project, 10).migrations().get(0);

        assertThat(verdict.up().passed()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.passed()).as(verdict.problems().toString()).isTrue();
        assertThat(verdict.data()).hasValueSatisfying(d -> assertThat(d.kept()).isTrue());
    }
}
