package dev.shale.migrate;

import static dev.shale.migrate.MigrationProject.migration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.SumFile;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the directory is read while the connection is made; the outcome must be the one
 * of reading it first.
 */
class DirectoryAndSessionTest {

    @OnEachDatabase
    void aDirectoryErrorStopsTheCommandAndLeavesNoSessionBehind(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"));
        project.shale().migrate();
        project.write("0002_b.sql", migration("CREATE TABLE b (id INTEGER);", "DROP TABLE b;"));

        assertThatThrownBy(() -> project.shale().migrate()).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("0002_b.sql is not recorded in shale.sum");
        assertThatThrownBy(() -> project.shale().status()).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("0002_b.sql is not recorded in shale.sum");

        // The refused run released its lock: the next one takes it at once.
        project.shale().hash();
        assertThat(project.shale().migrate().migrations()).hasSize(1);
        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
    }

    @Test
    void aDirectoryErrorIsReportedBeforeAnUnreachableServer(@TempDir Path dir) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_a.sql"), migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"));
        SumFile.write(migrations, MigrationDirectory.readSqlFiles(migrations));
        Files.writeString(dir.resolve("shale.toml"), "[env.test]\nurl = \"postgres://shale@127.0.0.1:9/nowhere\"\n");
        Shale shale = Shale.configure().projectDir(dir).variables(Map.of()).load();

        assertThatThrownBy(shale::status).isInstanceOf(ShaleException.class)
                .extracting(e -> ((ShaleException) e).exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);

        Files.writeString(migrations.resolve("0001_a.sql"), migration("CREATE TABLE a2 (id INTEGER);", "DROP TABLE a2;"));
        assertThatThrownBy(shale::status).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("0001_a.sql was changed after shale.sum was written");
        assertThatThrownBy(() -> shale.migrate()).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("0001_a.sql was changed after shale.sum was written");
    }
}
