package dev.shale.spring;

import dev.shale.Shale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Runs the pending migrations while a Spring Boot application starts: the {@code shaleMigrations}
 * bean migrates, and JPA's {@code EntityManagerFactory} and every {@code JdbcTemplate} depend on it,
 * so nothing uses the database before it is up to date. A failed migration stops the start with
 * Shale's message and hint. Connects through the application's DataSource when it has one (unless
 * {@code shale.url} is set), else with the URL properties: see docs/embedding.md.
 */
@AutoConfiguration
@ConditionalOnClass(Shale.class)
@ConditionalOnProperty(prefix = "shale", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ShaleProperties.class)
public class ShaleAutoConfiguration {
    /** The name of the bean others depend on. */
    public static final String MIGRATIONS_BEAN = "shaleMigrations";

    @Bean(name = MIGRATIONS_BEAN)
    @ConditionalOnMissingBean
    ShaleMigrations shaleMigrations(ShaleProperties properties, Environment environment,
                                    ObjectProvider<DataSource> dataSource) {
        return StartupMigration.run(properties, environment, Optional.ofNullable(dataSource.getIfUnique()));
    }

    /** JdbcTemplate and NamedParameterJdbcTemplate beans wait for the migrations. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcOperations")
    static class JdbcAfterMigrations {
        @Bean
        static BeanFactoryPostProcessor jdbcOperationsAfterShale() {
            return new JdbcOperationsAfterShale();
        }
    }

    /** Makes every {@code JdbcOperations} bean depend on the migrations bean. */
    static final class JdbcOperationsAfterShale extends AbstractDependsOnBeanFactoryPostProcessor {
        JdbcOperationsAfterShale() {
            super(org.springframework.jdbc.core.JdbcOperations.class, MIGRATIONS_BEAN);
        }
    }

    /** JPA's EntityManagerFactory waits for the migrations. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean"})
    static class JpaAfterMigrations {
        @Bean
        static BeanFactoryPostProcessor entityManagerFactoryAfterShale() {
            return new EntityManagerFactoryDependsOnPostProcessor(MIGRATIONS_BEAN);
        }
    }
}
