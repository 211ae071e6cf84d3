package dev.shale.spring;

import dev.shale.migrate.MigrationRun;

/**
 * The bean that stands for "the migrations ran": created by running them, so that beans which
 * depend on it (JPA, {@code JdbcTemplate}) are created only afterwards.
 *
 * @param run what {@code migrate} applied at start-up
 */
public record ShaleMigrations(MigrationRun run) {
}
