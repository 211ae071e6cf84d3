package dev.shale.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private ShaleConfig load(String toml) throws IOException {
        Files.writeString(dir.resolve("shale.toml"), toml);
        return new ConfigLoader(Map.of("STAGING_URL", "postgres://u:pw@stage:5432/app")).load(Optional.empty(), dir);
    }

    private Environment env(ShaleConfig config, String name) {
        return config.environment(Optional.ofNullable(name), Optional.empty(), dir);
    }

    @Test
    void readsEnvironmentsWithProjectSettingsAndOverrides() throws IOException {
        ShaleConfig config = load("""
                [project]
                schema = ["db/schema", "db/views.sql"]
                migrations = "db/migrations"
                lock_timeout = "90s"

                [env.dev]
                url = "sqlite:dev.db"

                [env.staging]
                url = "${STAGING_URL}"
                dev_url = "postgres://postgres@localhost/postgres"
                lock_timeout = 5
                history_table = "schema_history"
                history_schema = "ops"

                [env.production]
                url = "${PROD_URL:-postgres://prod/app}"
                production = true
                """);
        assertThat(config.environments().keySet()).containsExactly("dev", "staging", "production");
        assertThat(config.defaultEnvironmentName()).isEqualTo("dev");

        Environment dev = env(config, null);
        assertThat(dev.name()).isEqualTo("dev");
        assertThat(dev.url().database()).isEqualTo(dir.resolve("dev.db").toString());
        assertThat(dev.schemaPaths()).containsExactly(dir.resolve("db/schema"), dir.resolve("db/views.sql"));
        assertThat(dev.migrationsDir()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(dev.lockTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(dev.historyTable()).isEqualTo("shale_history");
        assertThat(dev.production()).isFalse();

        Environment staging = env(config, "staging");
        assertThat(staging.url().host()).isEqualTo("stage");
        assertThat(staging.url().password()).isEqualTo("pw");
        assertThat(staging.devUrl()).hasValueSatisfying(u -> assertThat(u.host()).isEqualTo("localhost"));
        assertThat(staging.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(staging.historyTable()).isEqualTo("schema_history");
        assertThat(staging.historySchema()).contains("ops");

        Environment production = env(config, "production");
        assertThat(production.production()).isTrue();
        assertThat(production.url().host()).isEqualTo("prod");
    }

    @Test
    void defaultEnvironmentComesFromTheProjectTableElseDevElseTheFirst() throws IOException {
        assertThat(load("[project]\ndefault_env = \"b\"\n[env.a]\nurl=\"sqlite:a.db\"\n[env.b]\nurl=\"sqlite:b.db\"\n")
                .defaultEnvironmentName()).isEqualTo("b");
        assertThat(load("[env.a]\nurl=\"sqlite:a.db\"\n[env.dev]\nurl=\"sqlite:b.db\"\n")
                .defaultEnvironmentName()).isEqualTo("dev");
        assertThat(load("[env.z]\nurl=\"sqlite:a.db\"\n[env.y]\nurl=\"sqlite:b.db\"\n")
                .defaultEnvironmentName()).isEqualTo("z");
    }

    @Test
    void urlOverrideReplacesTheEnvironmentsUrlAndKeepsItsFlags() throws IOException {
        ShaleConfig config = load("[env.prod]\nurl=\"sqlite:a.db\"\nproduction=true\n");
        Environment env = config.environment(Optional.of("prod"), Optional.of("mysql://root@h/app"), dir);
        assertThat(env.url().dialect().id()).isEqualTo("mysql");
        assertThat(env.production()).isTrue();
    }

    @Test
    void withoutAConfigFileTheEmbeddedDefaultIsSqliteInTheWorkingDirectory() {
        ShaleConfig config = new ConfigLoader(Map.of()).load(Optional.empty(), dir);
        assertThat(config.isEmbeddedDefault()).isTrue();
        Environment env = env(config, null);
        assertThat(env.url().dialect().id()).isEqualTo("sqlite");
        assertThat(env.url().database()).isEqualTo(dir.resolve("shale.db").toString());
        assertThat(env.migrationsDir()).isEqualTo(dir.resolve("migrations"));
    }

    @Test
    void theFileIsFoundInAParentDirectory() throws IOException {
        load("[env.dev]\nurl=\"sqlite:dev.db\"\n");
        Path sub = Files.createDirectories(dir.resolve("src/main"));
        ShaleConfig config = new ConfigLoader(Map.of()).load(Optional.empty(), sub);
        assertThat(config.file()).contains(dir.resolve("shale.toml"));
        assertThat(env(config, null).url().database()).isEqualTo(dir.resolve("dev.db").toString());
    }

    @Test
    void malformedTomlReportsTheLine() {
        assertThatThrownBy(() -> load("[env.dev]\nurl = \"sqlite:x.db\"\nproduction = yes\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(dir.resolve("shale.toml") + ":3: malformed TOML");
    }

    @Test
    void unknownKeysAreErrorsThatListTheAllowedOnes() {
        assertThatThrownBy(() -> load("[env.dev]\nurl = \"sqlite:x.db\"\nprodution = true\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageEndingWith("unknown key 'env.dev.prodution'")
                .satisfies(e -> assertThat(((ConfigurationException) e).hint().orElseThrow()).contains("production"));
    }

    @Test
    void wrongTypesAndMissingUrlsAreNamed() {
        assertThatThrownBy(() -> load("[env.dev]\nurl = 5\n")).hasMessageEndingWith("'env.dev.url' must be a string in double quotes");
        assertThatThrownBy(() -> load("[env.dev]\nproduction = true\n")).hasMessageEndingWith("[env.dev] has no 'url'");
        assertThatThrownBy(() -> load("[env.dev]\nurl=\"sqlite:a\"\nlock_timeout = \"soon\"\n"))
                .hasMessageContaining("'env.dev.lock_timeout' must be a duration");
        assertThatThrownBy(() -> load("[project]\nmigrations = \"m\"\n")).hasMessageEndingWith("defines no environment");
    }

    @Test
    void unknownEnvironmentListsTheKnownOnes() throws IOException {
        ShaleConfig config = load("[env.dev]\nurl=\"sqlite:a.db\"\n[env.staging]\nurl=\"sqlite:b.db\"\n");
        assertThatThrownBy(() -> env(config, "prod"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("unknown environment 'prod'")
                .satisfies(e -> assertThat(((ConfigurationException) e).hint()).contains("known environments: dev, staging"));
    }

    @Test
    void aMissingVariableOnlyFailsTheEnvironmentThatUsesIt() throws IOException {
        ShaleConfig config = load("[env.dev]\nurl=\"sqlite:a.db\"\n[env.prod]\nurl=\"${NOPE}\"\n");
        assertThat(env(config, "dev").url().dialect().id()).isEqualTo("sqlite");
        assertThatThrownBy(() -> env(config, "prod")).hasMessageContaining("NOPE is not set (used by env.prod.url)");
    }

    @Test
    void explicitConfigFileMustExist() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(Path.of("nope.toml")), dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("configuration file " + dir.resolve("nope.toml") + " does not exist");
    }

    @Test
    void lockWaitAlertAfterIsSetPerEnvironmentElseByTheProjectElse30Seconds() throws IOException {
        ShaleConfig config = load("[project]\nlock_wait_alert_after = \"45s\"\n[env.a]\nurl=\"sqlite:a.db\"\n"
                + "[env.b]\nurl=\"sqlite:b.db\"\nlock_wait_alert_after = \"500ms\"\n");
        assertThat(config.lockWaitAlertAfter("a")).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.lockWaitAlertAfter("b")).isEqualTo(Duration.ofMillis(500));
        assertThat(load("[env.a]\nurl=\"sqlite:a.db\"\n").lockWaitAlertAfter("a")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> load("[env.a]\nurl=\"sqlite:a\"\nlock_wait_alert_after = \"later\"\n"))
                .hasMessageContaining("lock_wait_alert_after");
    }
}
