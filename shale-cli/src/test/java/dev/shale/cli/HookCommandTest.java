package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale hook}: the pre-commit hook installed in a real git repository and run by real commits. */
class HookCommandTest {
    private static final String TABLE = "-- shale:up\nCREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER);\n"
            + "-- shale:down\nDROP TABLE t;\n";

    @TempDir
    Path dir;
    /** Outside the repository, which must not see it as a new file. */
    @TempDir
    Path tools;

    private Path shale;

    @BeforeEach
    void aGitRepositoryWithOneCommittedMigration() throws Exception {
        git("init", "-q");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/0001_create_t.sql"), TABLE);
        assertThat(CliRun.run(dir, "hash").exitCode()).isZero();
        git("add", ".");
        assertThat(commit("base").exitCode).isZero();
        shale = launcher();
    }

    @Test
    void installWritesAnExecutableHookThatRunsTheShaleThatInstalledIt() throws IOException {
        CliRun run = CliRun.run(dir, "hook", "install", "--shale", shale.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path hook = dir.resolve(".git/hooks/pre-commit");
        assertThat(run.err()).contains("installed " + hook);
        assertThat(Files.isExecutable(hook)).isTrue();
        assertThat(Files.readString(hook)).startsWith("#!/bin/sh\n# shale:pre-commit-hook\n")
                .contains("exec " + shale + " hook check");
        assertThat(CliRun.run(dir, "hook", "install", "--shale", shale.toString()).err())
                .as("installing again updates Shale's own hook").contains("updated " + hook);
    }

    @Test
    void aCommitWithAGoodNewMigrationPasses() throws Exception {
        install();
        addMigration("0002_add_n.sql", "-- shale:up\nALTER TABLE t ADD COLUMN n INTEGER;\n-- shale:down\nSELECT 1;\n");
        Result commit = commit("add n");
        assertThat(commit.exitCode).as(commit.output).isZero();
        assertThat(commit.output).contains("all clear: 1 migration(s)", "shale: the staged migrations pass");
        assertThat(git("log", "--oneline").output).contains("add n");
    }

    @Test
    void aCommitThatEditsACommittedMigrationIsRefused() throws Exception {
        install();
        Files.writeString(dir.resolve("migrations/0001_create_t.sql"), TABLE.replace("c INTEGER", "c TEXT"));
        CliRun.run(dir, "hash");
        git("add", ".");
        Result commit = commit("edit applied");
        assertThat(commit.exitCode).isNotZero();
        assertThat(commit.output).contains("error: 0001_create_t.sql is edited, but it is recorded in shale.sum "
                        + "on HEAD: a committed migration may already be applied and must not change",
                "write the change as a new migration: 'shale new NAME'", "error: shale: the commit is refused");
        assertThat(git("log", "--oneline").output).doesNotContain("edit applied");

        git("reset", "-q", "--hard");
        git("rm", "-q", "migrations/0001_create_t.sql");
        CliRun.run(dir, "hash");
        git("add", ".");
        assertThat(commit("delete applied").output).contains("error: 0001_create_t.sql is deleted");
    }

    @Test
    void theFirstMigrationOfANewRepositoryIsLintedOnAnEmptyDevDatabase(@TempDir Path fresh) throws Exception {
        dir = fresh;
        git("init", "-q");
        Files.createDirectories(dir.resolve("migrations"));
        install();
        addMigration("0001_create_t.sql", TABLE);
        Result commit = commit("first");
        assertThat(commit.exitCode).as(commit.output).isZero();
        assertThat(commit.output).contains("all clear: 1 migration(s)");
    }

    @Test
    void aBadlyNamedFileIsRefused() throws Exception {
        install();
        addMigration("add_orders.sql", TABLE);
        Result commit = commit("bad name");
        assertThat(commit.exitCode).isNotZero();
        assertThat(commit.output).contains("error: add_orders.sql is not a migration file name",
                "hint: name migrations <version>_<description>.sql");
    }

    @Test
    void aNewMigrationWithALintFindingNeedsItsApprovalAndABlockedOneIsRefused() throws Exception {
        install();
        addMigration("0002_drop_c.sql", "-- shale:up\nALTER TABLE t DROP COLUMN c;\n-- shale:down\nSELECT 1;\n");
        Result unapproved = commit("drop c");
        assertThat(unapproved.exitCode).isEqualTo(1);
        assertThat(unapproved.output).contains("DS102 needs approval", "-- shale:approve RULE");

        addMigration("0002_drop_c.sql", "-- shale:approve DS102 \"column unused since v2.3\"\n"
                + "-- shale:up\nALTER TABLE t DROP COLUMN c;\n-- shale:down\nSELECT 1;\n");
        Result approved = commit("drop c");
        assertThat(approved.exitCode).as(approved.output).isZero();
        assertThat(approved.output).contains("DS102 approved");
    }

    @Test
    void aCommitWithUnstagedMigrationChangesIsRefusedAndOtherCommitsAreNotChecked() throws Exception {
        install();
        addMigration("0002_add_n.sql", "-- shale:up\nALTER TABLE t ADD COLUMN n INTEGER;\n-- shale:down\nSELECT 1;\n");
        Files.writeString(dir.resolve("migrations/0003_draft.sql"), "-- shale:up\n");
        Result commit = commit("partly staged");
        assertThat(commit.exitCode).isNotZero();
        assertThat(commit.output).contains("the migration directory has changes that are not staged: "
                + "migrations/0003_draft.sql", "git stash --keep-index --include-untracked");

        git("reset", "-q");
        Files.writeString(dir.resolve("README.md"), "notes\n");
        git("add", "README.md");
        Result unrelated = commit("readme");
        assertThat(unrelated.exitCode).as(unrelated.output).isZero();
        assertThat(unrelated.output).doesNotContain("shale:");
    }

    @Test
    void uninstallRemovesOnlyShalesHookAndInstallNeverOverwritesAnother() throws Exception {
        install();
        Path hook = dir.resolve(".git/hooks/pre-commit");
        CliRun removed = CliRun.run(dir, "hook", "uninstall");
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.err()).contains("removed " + hook);
        assertThat(hook).doesNotExist();
        assertThat(CliRun.run(dir, "hook", "uninstall").err()).contains("there is no pre-commit hook to remove");

        Files.writeString(hook, "#!/bin/sh\nexec other-tool\n");
        CliRun refused = CliRun.run(dir, "hook", "install", "--shale", shale.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()[0]).isEqualTo("error: " + hook + " exists and is not Shale's hook; "
                + "it is left as it is");
        assertThat(refused.errLines()[1]).isEqualTo("hint: to run both, add these lines to it: (cd . && "
                + shale + " hook check) || exit 1");
        assertThat(CliRun.run(dir, "hook", "uninstall").exitCode()).isEqualTo(2);
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nexec other-tool\n");
    }

    @Test
    void installOutsideAGitRepositorySaysSo(@TempDir Path elsewhere) {
        CliRun run = CliRun.run(elsewhere, "hook", "install", "--shale", "shale");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).endsWith("is not inside a git work tree");
    }

    private void install() {
        CliRun run = CliRun.run(dir, "hook", "install", "--shale", shale.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private void addMigration(String name, String text) throws Exception {
        Files.writeString(dir.resolve("migrations").resolve(name), text);
        assertThat(CliRun.run(dir, "hash").exitCode()).isZero();
        git("add", "migrations");
    }

    /** A shale command for the hook: this build's classes, run as their own process. */
    private Path launcher() throws IOException {
        Path launcher = tools.resolve("shale");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' dev.shale.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        return launcher;
    }

    private Result commit(String message) throws Exception {
        return git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", message);
    }

    private Result git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
