package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new project — no migrations, no tables, a database file not created yet — gets words, not errors. */
class StudioEmptyStatesTest {
    @TempDir
    Path dir;

    @Test
    void everyPageSaysWhatIsMissingAndNothingIsCreated() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"sqlite:dev.db\"\n");
        StudioProject project = new StudioProject(dir, null, java.util.Map.of());
        try (Studio studio = Studio.start(project, "127.0.0.1", 0, e -> {
            throw new AssertionError("studio bug", e);
        })) {
            assertThat(get(studio.url().resolve("/migrations"))).contains("No migrations in", "shale new NAME");
            assertThat(get(studio.url().resolve("/compare"))).contains("Choose what is promoted");
            String environments = get(studio.url().resolve("/"));
            assertThat(environments).contains("data-environment=\"dev\"", "notice-error");
            assertThat(get(studio.url().resolve("/schema?env=dev"))).contains("cannot read dev");
        }
        assertThat(dir.resolve("dev.db")).doesNotExist();
    }

    @Test
    void aDatabaseWithoutTablesSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"sqlite:dev.db\"\n");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dev.db"))) {
            c.createStatement().execute("PRAGMA user_version = 1"); // creates the file, no tables
        }
        StudioProject project = new StudioProject(dir, null, java.util.Map.of());
        try (Studio studio = Studio.start(project, "127.0.0.1", 0, e -> {
            throw new AssertionError("studio bug", e);
        })) {
            assertThat(get(studio.url().resolve("/schema"))).contains("dev has no tables yet.");
            assertThat(get(studio.url().resolve("/"))).contains("none applied", "never");
        }
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
