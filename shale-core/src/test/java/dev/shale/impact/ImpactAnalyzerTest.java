package dev.shale.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.Finding;
import dev.shale.lint.LintOptions;
import dev.shale.lint.LintReport;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationProject;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The impact of pending migrations, measured on each real database, on a small application source. */
class ImpactAnalyzerTest {

    private static MigrationProject project(TestDatabase db, String pendingUp) throws IOException {
        MigrationProject project = new MigrationProject(db)
                .file("0001_users.sql", MigrationProject.migration(
                        "CREATE TABLE users (id INTEGER PRIMARY KEY, preferred_language VARCHAR(10), nick VARCHAR(20));",
                        "DROP TABLE users;"))
                .file("0002_change.sql", MigrationProject.migration(pendingUp, "SELECT 1;"));
        project.shale().migrate(MigrateOptions.defaults().target("1"));
        Path src = project.dir().resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("User.java"), "record User(long id, String preferredLanguage) {}\n");
        Files.writeString(src.resolve("queries.sql"), "-- the report\nSELECT id, preferred_language FROM users;\n");
        Files.writeString(src.resolve("Other.java"), "String preferred_languages = \"\";\n");
        return project;
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void aDroppedColumnIsFoundInEverySpellingOfTheSource(TestDatabase db) throws IOException {
        MigrationProject project = project(db, "ALTER TABLE users DROP COLUMN preferred_language;");
        ImpactReport report = project.shale().impact(LintOptions.pending(), project.dir().resolve("src"));

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.name().change()).startsWith("drops column").endsWith("users.preferred_language");
            assertThat(change.name().line()).isEqualTo(2);
            assertThat(change.references()).extracting(CodeReference::display).containsExactly(
                    "User.java:1: record User(long id, String preferredLanguage) {}",
                    "queries.sql:2: SELECT id, preferred_language FROM users;");
        });
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(ImpactFormat.TEXT.render(report)).contains("0002_change.sql:2: drops column",
                "  User.java:1: record User", "2 line(s) in 2 file(s) use what 1 migration(s) drop, rename or change");
        assertThat(ImpactFormat.JSON.render(report)).contains("\"referenced\" : true", "\"file\" : \"queries.sql\"");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void aChangeNoCodeUsesExitsZeroAndAnAddedColumnIsNoChangeToLookFor(TestDatabase db) throws IOException {
        MigrationProject dropped = project(db, "ALTER TABLE users DROP COLUMN nick;");
        ImpactReport report = dropped.shale().impact(LintOptions.pending(), dropped.dir().resolve("src"));
        assertThat(report.changes()).singleElement().satisfies(c -> assertThat(c.references()).isEmpty());
        assertThat(report.exitCode()).isZero();
        assertThat(ImpactFormat.TEXT.render(report)).contains(": no references");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void anAddedColumnHasNothingToLookFor(TestDatabase db) throws IOException {
        MigrationProject added = project(db, "ALTER TABLE users ADD COLUMN preferred_language_2 TEXT;");
        ImpactReport report = added.shale().impact(LintOptions.pending(), added.dir().resolve("src"));
        assertThat(report.changes()).isEmpty();
        assertThat(report.exitCode()).isZero();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aRenamedColumnIsLookedUpByItsOldName(TestDatabase db) throws IOException {
        MigrationProject renamed = project(db, "ALTER TABLE users RENAME COLUMN preferred_language TO locale;");
        ImpactReport report = renamed.shale().impact(LintOptions.pending(), renamed.dir().resolve("src"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.name().change()).contains("renames column").contains("to locale");
            assertThat(c.references()).hasSize(2);
        });
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void lintShowsTheLinesThatUseADroppedColumnBesideItsFinding(TestDatabase db) throws IOException {
        MigrationProject project = project(db, "ALTER TABLE users DROP COLUMN preferred_language;\n"
                + "ALTER TABLE users ADD COLUMN nickname VARCHAR(20);");
        LintReport report = project.shale().lint(LintOptions.pending(), project.dir().resolve("src"));
        List<Finding> findings = report.migrations().get(0).findings();
        assertThat(findings).filteredOn(f -> f.rule().id().equals("DS102")).singleElement()
                .satisfies(f -> assertThat(f.usedIn()).extracting(CodeReference::display).containsExactly(
                        "User.java:1: record User(long id, String preferredLanguage) {}",
                        "queries.sql:2: SELECT id, preferred_language FROM users;"));
        assertThat(findings).filteredOn(f -> !f.rule().id().equals("DS102"))
                .allSatisfy(f -> assertThat(f.usedIn()).isEmpty());
    }
}
