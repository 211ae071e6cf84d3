package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A normalised description of a database's schema — columns, indexes and constraints, without
 * the history tables of Shale, Flyway and Liquibase, as the {@link BenchTarget}'s query lists
 * them — reduced to a hash, so that the result of every contender can be required equal.
 *
 * @param tables how many tables the schema holds
 * @param hash   SHA-256 of the sorted description
 */
record SchemaFingerprint(int tables, String hash) {

    static SchemaFingerprint of(DatabaseUrl url, String describeQuery, String tableCountQuery) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(describeQuery)) {
                while (rows.next()) {
                    digest.update((rows.getString(1) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            try (ResultSet rows = statement.executeQuery(tableCountQuery)) {
                rows.next();
                return new SchemaFingerprint(rows.getInt(1), HexFormat.of().formatHex(digest.digest()).substring(0, 16));
            }
        }
    }

    @Override
    public String toString() {
        return tables + " tables, sha256 " + hash;
    }
}
