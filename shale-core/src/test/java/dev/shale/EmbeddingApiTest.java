package dev.shale;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.MigrationProject;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade as an application uses it at start-up (see docs/embedding.md). */
class EmbeddingApiTest {

    @OnEachDatabase(TestDialect.SQLITE)
    void aListenerSeesTheLockEachMigrationAndEachStatementInOrder(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_create_t.sql", MigrationProject.migration(
                "CREATE TABLE t (id INTEGER PRIMARY KEY);\nINSERT INTO t (id) VALUES (1);", "DROP TABLE t;"));
        List<String> seen = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void progress(String line) {
                seen.add("line " + line);
            }

            @Override
            public void event(MigrationEvent event) {
                seen.add(event.getClass().getSimpleName());
            }
        };

        Shale.configure().projectDir(project.dir()).variables(Map.of()).listener(listener).load().migrate();

        assertThat(seen).filteredOn(s -> !s.startsWith("line ")).containsExactly("LockAcquired", "MigrationStarted",
                "StatementExecuted", "StatementExecuted", "MigrationFinished", "LockReleased");
        assertThat(seen).contains("line created the history table shale_history");
    }

    @Test
    void aJdbcUrlTakesItsCredentialsFromVariablesAndNeverShowsThePassword() {
        Shale shale = Shale.configure()
                .url("jdbc:postgresql://db.example:5432/app?user=${DB_USER}&password=${DB_PASSWORD}")
                .variables(Map.of("DB_USER", "app", "DB_PASSWORD", URLEncoder.encode("s3cret&more", UTF_8)))
                .load();

        assertThat(shale.environment().url().user()).isEqualTo("app");
        assertThat(shale.environment().url().password()).isEqualTo("s3cret&more");
        assertThat(shale.environment().url().display()).isEqualTo("postgresql://app@db.example:5432/app")
                .doesNotContain("s3cret");
    }
}
