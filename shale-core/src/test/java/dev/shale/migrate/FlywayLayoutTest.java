package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;

/** A Flyway directory works as it is: V files, U files as their down, repeatable R files. */
class FlywayLayoutTest {

    @OnEachDatabase
    void versionedUndoAndRepeatableFilesAreReadAsTheyAre(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("V1__create_a.sql", "CREATE TABLE a (id INTEGER);")
                .file("V1_1__create_b.sql", "CREATE TABLE b (id INTEGER);")
                .file("U1_1__create_b.sql", "DROP TABLE b;")
                .file("R__view.sql", "CREATE VIEW va AS SELECT id FROM a;");

        project.shale().migrate();
        assertThat(project.shale().status()).extracting(s -> s.version() + " " + s.state())
                .containsExactly("1 APPLIED", "1.1 APPLIED", " APPLIED");

        project.file("R__view.sql", "DROP VIEW va;\nCREATE VIEW va AS SELECT id, id AS id2 FROM a;");
        assertThat(project.shale().status().get(2).state()).isEqualTo(MigrationState.OUTDATED);
        assertThat(project.shale().migrate().migrations()).extracting(AppliedMigration::script)
                .containsExactly("R__view.sql");
        assertThat(db.query("SELECT id2 FROM va")).isEmpty();

        project.shale().rollback(RollbackOptions.lastOne());
        assertThat(project.shale().status()).extracting(s -> s.version() + " " + s.state())
                .containsExactly("1 APPLIED", "1.1 PENDING", " APPLIED");
    }
}
