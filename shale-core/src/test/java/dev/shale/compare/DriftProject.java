package dev.shale.compare;

import dev.shale.migrate.MigrationProject;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.SumFile;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** An environment migrated with users and orders, and the changes someone might make to it by hand. */
public final class DriftProject {
    private final TestDatabase db;
    private final MigrationProject project;

    public DriftProject(TestDatabase db) {
        this.db = db;
        this.project = new MigrationProject(db)
                .file("0001_create_users.sql", MigrationProject.migration(
                        "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                                + "role VARCHAR(20) DEFAULT 'user');", "DROP TABLE users;"))
                .file("0002_create_orders.sql", MigrationProject.migration(
                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, total INTEGER);\n"
                                + "CREATE INDEX orders_total_idx ON orders (total);", "DROP TABLE orders;"));
    }

    public MigrationProject project() {
        return project;
    }

    /** Applies the migrations and puts a row in each table. */
    public DriftProject migrated() {
        project.shale().migrate();
        db.execute("INSERT INTO users (id, name) VALUES (1, 'ada')", "INSERT INTO orders (id, user_id, total) VALUES (1, 1, 30)");
        return this;
    }

    /** A migration in the directory that the environment has not applied. */
    public DriftProject pending() {
        project.file("0003_create_invoices.sql", MigrationProject.migration(
                "CREATE TABLE invoices (id INTEGER PRIMARY KEY);", "DROP TABLE invoices;"));
        return this;
    }

    /** Removes an (applied) migration file, with shale.sum updated as 'shale hash' would. */
    public DriftProject deleteFile(String name) {
        try {
            Files.delete(project.migrations().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SumFile.write(project.migrations(), MigrationDirectory.readSqlFiles(project.migrations()));
        return this;
    }

    public void addColumnByHand() {
        db.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(50)");
    }

    public void dropIndexByHand() {
        db.execute(db.kind() == TestDialect.MARIADB ? "DROP INDEX orders_total_idx ON orders"
                : "DROP INDEX orders_total_idx");
    }

    public void changeDefaultByHand() {
        if (db.kind() != TestDialect.SQLITE) {
            db.execute("ALTER TABLE users ALTER COLUMN role SET DEFAULT 'member'");
            return;
        }
        // SQLite cannot alter a default: the documented way is to rebuild the table.
        db.execute("CREATE TABLE users_new (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                        + "role VARCHAR(20) DEFAULT 'member')",
                "INSERT INTO users_new SELECT id, name, role FROM users", "DROP TABLE users",
                "ALTER TABLE users_new RENAME TO users");
    }

    public void createTableByHand() {
        db.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, note VARCHAR(200))");
    }

    /** A table's name as drift reports show it: qualified by its schema where the database has schemas. */
    public String table(String name) {
        return db.kind() == TestDialect.POSTGRES ? "public." + name : name;
    }
}
