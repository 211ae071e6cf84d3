package dev.shale.bench.peer;

import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase driven through its Java API in a process of its own:
 * {@code LiquibaseMain update|status JDBC_URL DIR} with {@code DIR/changelog.sql} (formatted SQL),
 * or {@code LiquibaseMain snapshot JDBC_URL}. The user and password come from
 * {@code BENCH_DB_USER} and {@code BENCH_DB_PASSWORD}.
 */
public final class LiquibaseMain {
    private LiquibaseMain() {
    }

    public static void main(String[] args) throws Exception {
        // Liquibase's snapshot follows foreign keys recursively; a chain of 2,000 tables overflows
        // the default stack, so it runs on a thread with a large one (what a user would have to do).
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                run(args);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "liquibase", 2L << 30);
        worker.start();
        worker.join();
        if (failure[0] != null) {
            failure[0].printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        // No reporting to liquibase.com from a benchmark (and no network wait).
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        Path dir = Path.of(args.length > 2 ? args[2] : ".").toAbsolutePath();
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir)), () -> {
            CommandScope command = new CommandScope(args[0])
                    .addArgumentValue("url", args[1])
                    .addArgumentValue("username", System.getenv("BENCH_DB_USER"))
                    .addArgumentValue("password", System.getenv("BENCH_DB_PASSWORD"))
                    .setOutput(System.out);
            switch (args[0]) {
                case "update", "status" -> command.addArgumentValue("changelogFile", "changelog.sql");
                case "snapshot" -> command.addArgumentValue("snapshotFormat", "txt");
                default -> throw new IllegalArgumentException("usage: LiquibaseMain update|status|snapshot JDBC_URL [DIR]");
            }
            if (args[0].equals("status")) {
                command.addArgumentValue("verbose", true);
            }
            command.execute();
        });
    }
}
