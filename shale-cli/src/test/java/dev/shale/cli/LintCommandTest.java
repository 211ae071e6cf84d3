package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code shale lint} as a CI runs it: which migrations, the gate as exit code, approvals, formats. */
class LintCommandTest {
    private static final String TABLE = "-- shale:up\nCREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER);\n"
            + "-- shale:down\nDROP TABLE t;\n";

    private static SchemaAsCodeProject project(TestDatabase db, String... migrations) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, false);
        for (int i = 0; i < migrations.length; i++) {
            Files.writeString(project.dir.resolve("migrations/" + String.format("%04d_m.sql", i + 1)), migrations[i]);
        }
        assertThat(project.run("hash").exitCode()).isZero();
        return project;
    }

    private static String up(String up) {
        return "-- shale:up\n" + up + "\n-- shale:down\nSELECT 1;\n";
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void theExitCodeIsTheGateClearNeedsApprovalBlocked(TestDatabase db) throws IOException {
        SchemaAsCodeProject clear = project(db, TABLE, up("ALTER TABLE t ADD COLUMN n INTEGER;"));
        CliRun ok = clear.run("lint", "migrations/0002_m.sql");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("all clear: 1 migration(s), 0 blocked, 0 need approval");

        Files.writeString(clear.dir.resolve("migrations/0003_m.sql"), up("ALTER TABLE t DROP COLUMN c;"));
        clear.run("hash");
        CliRun approval = clear.run("lint", "migrations/0003_m.sql");
        assertThat(approval.exitCode()).isEqualTo(1);
        assertThat(approval.out()).contains("migrations/0003_m.sql:2: DS102 needs approval (risk high)",
                "safe alternative:");

        Files.writeString(clear.dir.resolve("migrations/0004_m.sql"), up("ALTER TABLE t ADD COLUMN r INTEGER NOT NULL;"));
        clear.run("hash");
        CliRun blocked = clear.run("lint", "migrations/0004_m.sql", "--format", "json");
        assertThat(blocked.exitCode()).isEqualTo(2);
        assertThat(blocked.out()).contains("\"gate\" : \"blocked\"", "\"rule\" : \"DS301\"");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void anApprovalWithAReasonAcceptsTheFindingAndIsCounted(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db, TABLE, "-- shale:approve DS102 \"column unused since v2.3\"\n"
                + up("ALTER TABLE t DROP COLUMN c;"));
        CliRun run = project.run("lint", "migrations/0002_m.sql");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("DS102 approved", "approved: \"column unused since v2.3\" (line 1)",
                "all clear: 1 migration(s), 0 blocked, 0 need approval, 0 info, 1 approved");
        assertThat(project.run("migrate").exitCode()).as("the runner reads the approval as a comment").isZero();
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void anApprovalWithoutAReasonOrOfAnUnknownRuleIsAnError(TestDatabase db) throws IOException {
        SchemaAsCodeProject noReason = project(db, TABLE, "-- shale:approve DS102\n" + up("ALTER TABLE t DROP COLUMN c;"));
        CliRun run = noReason.run("lint", "migrations/0002_m.sql", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).as("no report, so a CI tells this from 'blocked'").isEmpty();
        assertThat(run.errLines()[0]).isEqualTo("error: 0002_m.sql:1: approval of DS102 has no reason");

        Files.writeString(noReason.dir.resolve("migrations/0002_m.sql"), "-- shale:approve DS999 \"why\"\n"
                + up("ALTER TABLE t DROP COLUMN c;"));
        noReason.run("hash");
        CliRun unknown = noReason.run("lint", "migrations/0002_m.sql");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()[0]).isEqualTo("error: 0002_m.sql:1: approval of unknown rule DS999");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void anApprovalForARuleThatDoesNotFireIsReportedAsStale(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db, TABLE, "-- shale:approve DS101 \"old table\"\n"
                + up("ALTER TABLE t ADD COLUMN n INTEGER;"));
        CliRun run = project.run("lint", "migrations/0002_m.sql", "--format", "github");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("::warning file=migrations/0002_m.sql,line=1,title=stale approval of DS101::");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void withoutFilesItLintsThePendingMigrationsOfTheEnvironment(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db, TABLE);
        assertThat(project.run("migrate").exitCode()).isZero();
        Files.writeString(project.dir.resolve("migrations/0002_m.sql"), up("DROP TABLE t;"));
        project.run("hash");
        CliRun run = project.run("lint", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"file\" : \"migrations/0002_m.sql\"", "\"rule\" : \"DS101\"")
                .doesNotContain("0001_m.sql");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void sinceAGitRefItLintsOnlyTheMigrationsAddedSince(TestDatabase db) throws Exception {
        SchemaAsCodeProject project = project(db, TABLE);
        git(project.dir, "init", "-q");
        git(project.dir, "add", ".");
        git(project.dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base");
        git(project.dir, "tag", "base");
        Files.writeString(project.dir.resolve("migrations/0002_m.sql"), up("ALTER TABLE t DROP COLUMN c;"));
        project.run("hash");
        git(project.dir, "add", ".");
        git(project.dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "change");
        CliRun run = project.run("lint", "--since", "base", "--format", "markdown");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("## Shale lint: needs approval").contains("| DS102 | `migrations/0002_m.sql:2`")
                .doesNotContain("0001_m.sql");
        CliRun badRef = project.run("lint", "--since", "no-such-ref");
        assertThat(badRef.exitCode()).isEqualTo(2);
        assertThat(badRef.errLines()[0]).startsWith("error: git could not list the migrations added since no-such-ref");
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
