package dev.shale.lint;

import dev.shale.migrate.MigrationProject;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A migration directory on a test database, linted through the Shale API. */
final class LintProject {
    private final MigrationProject project;
    private int next = 1;
    private Path last;

    LintProject(TestDatabase db) {
        this.project = new MigrationProject(db);
    }

    /** Sets the project's statement_lock_timeout, the lock wait bound the runner sets (e.g. "0s": none). */
    LintProject runnerLockTimeout(String duration) {
        Path config = project.dir().resolve("shale.toml");
        try {
            String toml = Files.readString(config);
            Files.writeString(config, toml.replaceFirst("statement_lock_timeout = \"[^\"]*\"",
                    "statement_lock_timeout = \"" + duration + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds the next migration (0001_m.sql, 0002_m.sql, …) with both sections. */
    LintProject migration(String up, String down) {
        return file("-- shale:up\n" + up + "\n-- shale:down\n" + down + "\n");
    }

    /** Adds the next migration with exactly {@code content}. */
    LintProject file(String content) {
        String name = String.format("%04d_m.sql", next++);
        project.file(name, content);
        last = project.migrations().resolve(name);
        return this;
    }

    /** Lints the newest migration. */
    MigrationLint lintLast() {
        return lint().migrations().get(0);
    }

    LintReport lint() {
        return project.shale().lint(new LintOptions(List.of(last), Optional.empty()));
    }

    /** The rule ids the newest migration triggers. */
    List<String> ruleIds() {
        return lintLast().findings().stream().map(f -> f.rule().id()).toList();
    }

    MigrationProject project() {
        return project;
    }
}
