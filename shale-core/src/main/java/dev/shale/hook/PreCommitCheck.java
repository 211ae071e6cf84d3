package dev.shale.hook;

import dev.shale.config.Environment;
import dev.shale.lint.LintReport;
import dev.shale.lint.Linter;
import dev.shale.migrate.ValidationReport.Problem;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.SumFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the pre-commit hook runs: when the commit changes the migration directory, the
 * directory must be staged as a whole, migrations recorded in shale.sum on HEAD must stay as
 * they are, new files must be named as migrations, the directory must load (names, versions,
 * shale.sum), and the new migrations must pass lint.
 */
public final class PreCommitCheck {
    private final Environment environment;
    private final Path projectDir;

    /** The check of {@code environment}'s migration directory; lint uses its dev database. */
    public PreCommitCheck(Environment environment, Path projectDir) {
        this.environment = environment;
        this.projectDir = projectDir;
    }

    /** Checks what is staged in the git repository of the migration directory. */
    public PreCommitReport run() {
        Path dir = environment.migrationsDir().toAbsolutePath().normalize();
        GitRepository git = GitRepository.containing(Files.isDirectory(dir) ? dir : projectDir);
        StagedMigrations staged = new StagedMigrations(git, git.relative(dir));
        List<StagedFile> files = staged.files();
        if (files.isEmpty()) {
            return new PreCommitReport(0, List.of(), Optional.empty());
        }
        List<Problem> problems = new ArrayList<>(staged.unstaged());
        if (problems.isEmpty()) {
            problems.addAll(editedApplied(files, staged.recordedOnHead(), staged.gitDir()));
            problems.addAll(badNames(files));
        }
        if (!problems.isEmpty()) {
            return new PreCommitReport(files.size(), problems, Optional.empty());
        }
        MigrationSet set;
        try {
            set = new MigrationDirectory().load(dir);
        } catch (MigrationDirectoryException e) {
            return new PreCommitReport(files.size(), List.of(new Problem(e.getMessage(), e.hint().orElse(null))),
                    Optional.empty());
        }
        return new PreCommitReport(files.size(), List.of(), lint(set, files));
    }

    private List<Problem> editedApplied(List<StagedFile> files, Set<String> recorded, String gitDir) {
        return files.stream().filter(f -> f.editedOrDeleted() && f.name().endsWith(".sql")
                        && recorded.contains(f.name()))
                .map(f -> new Problem(f.name() + " is " + f.verb() + ", but it is recorded in "
                        + SumFile.NAME + " on HEAD: a committed migration may already be applied and must not change",
                        "undo it ('git restore --staged --worktree " + gitDir + "/" + f.name() + "', then "
                                + "'shale hash') and write the change as a new migration: 'shale new NAME'"))
                .toList();
    }

    private List<Problem> badNames(List<StagedFile> files) {
        return files.stream().filter(f -> f.added() && !f.name().equals(SumFile.NAME)
                        && !MigrationDirectory.isMigrationFileName(f.name()))
                .map(f -> new Problem(f.name() + " is not a migration file name",
                        MigrationDirectory.namingConvention() + "; 'shale new NAME' creates one"))
                .toList();
    }

    private Optional<LintReport> lint(MigrationSet set, List<StagedFile> files) {
        Set<String> added = files.stream().filter(StagedFile::added).map(StagedFile::name)
                .collect(Collectors.toSet());
        List<MigrationScript> scripts = set.versioned().stream().filter(s -> added.contains(s.script())).toList();
        if (scripts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Linter(environment).lint(set, scripts));
    }
}
