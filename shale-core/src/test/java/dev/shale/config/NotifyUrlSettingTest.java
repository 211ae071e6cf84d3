package dev.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifyUrlSettingTest {
    @TempDir
    Path dir;

    @Test
    void anEnvironmentsNotifyUrlOverridesTheProjectsAndVariablesAreExpanded() throws Exception {
        Files.writeString(dir.resolve("shale.toml"), "[project]\nnotify_url = \"https://hooks.example/${TEAM}\"\n"
                + "[env.dev]\nurl = \"sqlite:dev.db\"\n"
                + "[env.prod]\nurl = \"sqlite:prod.db\"\nnotify_url = \"https://hooks.example/ops\"\n"
                + "[env.local]\nurl = \"sqlite:local.db\"\n");
        ShaleConfig config = new ConfigLoader(Map.of("TEAM", "dev-team")).load(Optional.empty(), dir);

        assertThat(config.notifyUrl("dev")).contains("https://hooks.example/dev-team");
        assertThat(config.notifyUrl("prod")).contains("https://hooks.example/ops");
    }

    @Test
    void withoutNotifyUrlThereIsNoWebhook() throws Exception {
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"sqlite:dev.db\"\n");
        ShaleConfig config = new ConfigLoader(Map.of()).load(Optional.empty(), dir);

        assertThat(config.notifyUrl("dev")).isEmpty();
    }
}
