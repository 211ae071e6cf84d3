package dev.shale.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.config.ConfigLoader;
import dev.shale.config.ShaleConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInitializerTest {
    @TempDir
    Path dir;

    @Test
    void createsTheConfigurationTheSchemaFileAndTheMigrationsDirectory() {
        InitResult result = new ProjectInitializer().init(dir);
        assertThat(result.created()).containsExactly(dir.resolve("shale.toml"), dir.resolve("schema"),
                dir.resolve("schema/schema.sql"), dir.resolve("migrations"), dir.resolve(".gitignore"));
        assertThat(dir.resolve("migrations")).isDirectory();
        assertThat(dir.resolve("schema/schema.sql")).content().contains("CREATE TABLE");
    }

    @Test
    void theGeneratedConfigurationLoadsWithASqliteDevEnvironment() {
        new ProjectInitializer().init(dir);
        ShaleConfig config = new ConfigLoader(Map.of()).load(Optional.empty(), dir);
        assertThat(config.environments().keySet()).containsExactly("dev");
        assertThat(config.environment(Optional.empty(), Optional.empty(), dir).url().dialect().id()).isEqualTo("sqlite");
        assertThat(dir.resolve("shale.toml")).content()
                .contains("# [env.staging]", "postgres://", "mysql://", "production = true");
    }

    @Test
    void runningItAgainChangesNothingAndNeverOverwrites() throws IOException {
        Files.writeString(dir.resolve("shale.toml"), "[env.mine]\nurl = \"sqlite:mine.db\"\n");
        InitResult first = new ProjectInitializer().init(dir);
        assertThat(first.kept()).containsExactly(dir.resolve("shale.toml"));
        assertThat(dir.resolve("shale.toml")).hasContent("[env.mine]\nurl = \"sqlite:mine.db\"");

        InitResult second = new ProjectInitializer().init(dir);
        assertThat(second.created()).isEmpty();
        assertThat(second.kept()).hasSize(5);
    }

    @Test
    void backupsAreGitIgnoredUnlessTheProjectAlreadyHasAGitignore() throws IOException {
        new ProjectInitializer().init(dir);
        assertThat(Files.readAllLines(dir.resolve(".gitignore"))).contains("backups/");

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve(".gitignore"), "target/\n");
        InitResult existing = new ProjectInitializer().init(other);
        assertThat(existing.kept()).contains(other.resolve(".gitignore"));
        assertThat(other.resolve(".gitignore")).hasContent("target/");
    }
}
