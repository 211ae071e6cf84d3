package dev.shale.migrate.sql;

/**
 * One statement of a migration file.
 *
 * @param sql  the statement without its delimiter
 * @param line the file line where it starts (1-based)
 */
public record SqlStatement(String sql, int line) {
}
