package dev.shale.studio;

import dev.shale.Shale;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.SumFile;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project for studio tests: users and orders (with a foreign key) migrated on real databases,
 * plus an environment that cannot be reached.
 */
final class StudioFixture {
    static final String UNREACHABLE_URL = "postgres://postgres@127.0.0.1:1/nothing";

    private StudioFixture() {
    }

    /** Writes the project into {@code dir}; {@code environments} maps a name to a URL; "lite" is production. */
    static StudioProject project(Path dir, Map<String, String> environments) throws IOException {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(migrations.resolve("0001_create_users.sql"), "-- shale:up\nCREATE TABLE users (id INTEGER "
                + "PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200));\n-- shale:down\nDROP TABLE users;\n");
        Files.writeString(migrations.resolve("0002_create_orders.sql"), "-- shale:up\nCREATE TABLE orders (id INTEGER "
                + "PRIMARY KEY, user_id INTEGER REFERENCES users (id), total INTEGER);\n"
                + "CREATE INDEX orders_user_idx ON orders (user_id);\n-- shale:down\nDROP TABLE orders;\n");
        SumFile.write(migrations, MigrationDirectory.readSqlFiles(migrations));
        Files.writeString(dir.resolve("schema/schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, "
                + "name VARCHAR(100) NOT NULL, email VARCHAR(200));\n");
        StringBuilder toml = new StringBuilder("[project]\nschema = [\"schema\"]\nmigrations = \"migrations\"\n\n");
        environments.forEach((name, url) -> toml.append("[env.").append(name).append("]\nurl = \"").append(url)
                .append("\"\n").append(name.equals("lite") ? "production = true\n" : "").append('\n'));
        Files.writeString(dir.resolve("shale.toml"), toml.toString());
        return new StudioProject(dir, null, Map.of());
    }

    /** Adds a migration that drops a column, pending everywhere; lint rates it high risk. */
    static void addPendingDrop(Path dir) throws IOException {
        Path migrations = dir.resolve("migrations");
        Files.writeString(migrations.resolve("0003_drop_order_total.sql"), "-- shale:up\nALTER TABLE orders DROP COLUMN "
                + "total;\n-- shale:down\nALTER TABLE orders ADD COLUMN total INTEGER;\n");
        SumFile.write(migrations, MigrationDirectory.readSqlFiles(migrations));
    }

    static void migrate(Path dir, String environment) {
        Shale.configure().projectDir(dir).variables(Map.of()).environment(environment).load().migrate();
    }

    /** Every column and every history row of a database: what must not change while the studio reads it. */
    static List<List<String>> snapshot(TestDatabase db) {
        String columns = db.url().isServer()
                ? "SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns "
                        + "WHERE table_schema = 'public' ORDER BY 1"
                : "SELECT m.name || '.' || p.name || ':' || p.type FROM sqlite_master m, pragma_table_info(m.name) p "
                        + "WHERE m.type = 'table' ORDER BY 1";
        List<List<String>> snapshot = new java.util.ArrayList<>(db.query(columns));
        snapshot.addAll(db.query("SELECT * FROM shale_history ORDER BY 1"));
        return snapshot;
    }
}
