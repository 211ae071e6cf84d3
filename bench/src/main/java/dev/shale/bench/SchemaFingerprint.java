package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A normalised description of a PostgreSQL database's {@code public} schema — columns, indexes and
 * constraints, without the history tables of Shale, Flyway and Liquibase — reduced to a hash, so
 * that the result of every contender can be required equal.
 *
 * @param tables how many tables the schema holds
 * @param hash   SHA-256 of the sorted description
 */
record SchemaFingerprint(int tables, String hash) {
    private static final String HISTORY = "('shale_history', 'flyway_schema_history', 'databasechangelog', "
            + "'databasechangeloglock')";
    private static final String QUERY = """
            SELECT 'c|' || table_name || '|' || column_name || '|' || data_type || '|'
                   || coalesce(character_maximum_length::text, '') || '|' || coalesce(numeric_precision::text, '')
                   || '|' || is_nullable || '|' || coalesce(column_default, '')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN %1$s
            UNION ALL
            SELECT 'i|' || tablename || '|' || indexdef FROM pg_indexes
             WHERE schemaname = 'public' AND tablename NOT IN %1$s
            UNION ALL
            SELECT 'k|' || c.relname || '|' || k.conname || '|' || pg_get_constraintdef(k.oid)
              FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
             WHERE k.connamespace = 'public'::regnamespace AND c.relname NOT IN %1$s
            ORDER BY 1
            """.formatted(HISTORY);

    static SchemaFingerprint of(DatabaseUrl url) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(QUERY)) {
                while (rows.next()) {
                    digest.update((rows.getString(1) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return new SchemaFingerprint(countTables(statement), HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        }
    }

    private static int countTables(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_name NOT IN " + HISTORY)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Override
    public String toString() {
        return tables + " tables, sha256 " + hash;
    }
}
