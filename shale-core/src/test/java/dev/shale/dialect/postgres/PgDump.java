package dev.shale.dialect.postgres;

import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code pg_dump --schema-only} on a test database and normalises its output for
 * comparison: comments, SET lines, psql meta-commands (\restrict) and blank lines are
 * dropped, and the statements are sorted, since pg_dump orders objects partly by oid.
 */
final class PgDump {
    private PgDump() {
    }

    static List<String> normalised(TestDatabase db) {
        String dump = run(db);
        StringBuilder kept = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (line.isBlank() || line.startsWith("--") || line.startsWith("SET ") || line.startsWith("\\")
                    || line.startsWith("SELECT pg_catalog.set_config('search_path'")) {
                continue;
            }
            kept.append(line).append('\n');
        }
        List<String> statements = new ArrayList<>(Arrays.asList(kept.toString().split(";\n")));
        statements.replaceAll(String::strip);
        statements.removeIf(String::isEmpty);
        statements.sort(null);
        return statements;
    }

    private static String run(TestDatabase db) {
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "--schema-only", "--no-owner", "--no-privileges",
                "-h", db.url().host(), "-p", String.valueOf(db.url().port()), "-U", db.url().user(), db.name());
        if (db.url().password() != null) {
            builder.environment().put("PGPASSWORD", db.url().password());
        }
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
