package dev.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.ShaleException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sqlite.SQLiteDataSource;

/** The auto-configuration migrates before the application's JdbcTemplate users are created. */
class ShaleAutoConfigurationTest {
    @TempDir
    Path dir;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ShaleAutoConfiguration.class))
            .withUserConfiguration(Application.class);

    /** An application that reads the migrated table while it starts. */
    @Configuration(proxyBeanMethods = false)
    static class Application {
        @Bean
        DataSource dataSource(org.springframework.core.env.Environment environment) {
            SQLiteDataSource dataSource = new SQLiteDataSource();
            dataSource.setUrl(environment.getProperty("spring.datasource.url",
                    environment.getProperty("app.database", "")));
            return dataSource;
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        Greeting greeting(JdbcTemplate jdbc) {
            return new Greeting(jdbc.queryForObject("SELECT text FROM greetings WHERE id = 1", String.class));
        }
    }

    record Greeting(String text) {
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("app.db");
    }

    @Test
    void theClasspathMigrationsRunBeforeAJdbcTemplateIsCreated() {
        context.withPropertyValues("spring.datasource.url=" + url()).run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(Greeting.class).text()).isEqualTo("hello");
            assertThat(started.getBean(ShaleMigrations.class).run().migrations()).hasSize(1);
        });
    }

    @Test
    void aFailedMigrationStopsTheStartWithShalesMessage() {
        context.withPropertyValues("spring.datasource.url=" + url(), "shale.migrations=classpath:db/missing")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .isInstanceOf(ShaleException.class)
                        .hasMessage("no migrations on the classpath at 'db/missing/': it has no shale.sum"));
    }

    @Test
    void theApplicationsDataSourceIsUsedWithoutAnyUrlProperty() {
        context.withPropertyValues("app.database=" + url()).run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(Greeting.class).text()).isEqualTo("hello");
            assertThat(started.getBean(ShaleMigrations.class).run().migrations()).hasSize(1);
        });
    }

    @Test
    void withoutADataSourceNorADatabaseUrlTheStartFailsWithAHint() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ShaleAutoConfiguration.class))
                .run(started -> assertThat(started).getFailure().rootCause()
                .isInstanceOfSatisfying(ShaleException.class, e ->
                        assertThat(e.hint()).contains("define a DataSource bean, set spring.datasource.url or shale.url, or shale.enabled=false")));
    }

    @Test
    void disabledItMigratesNothing() {
        context.withPropertyValues("spring.datasource.url=" + url(), "shale.enabled=false")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("no such table: greetings"));
    }
}
