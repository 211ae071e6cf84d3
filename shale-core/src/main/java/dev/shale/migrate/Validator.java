package dev.shale.migrate;

import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.execution.PreparedScript;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.steps.MigrationRow;
import dev.shale.migrate.steps.MigrationStates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code validate}: the directory against shale.sum, every file's statements against its
 * transaction mode, and the applied migrations against their files. Reads only.
 */
final class Validator {
    private final Environment environment;

    Validator(Environment environment) {
        this.environment = environment;
    }

    ValidationReport validate() {
        List<ValidationReport.Problem> problems = new ArrayList<>();
        MigrationSet set;
        try {
            set = new MigrationDirectory().load(environment.migrationsDir());
        } catch (MigrationDirectoryException e) {
            problems.add(new ValidationReport.Problem(e.getMessage(), e.hint().orElse(null)));
            return new ValidationReport(problems);
        }
        try (MigrationSession session = MigrationSession.open(environment, MigrationListener.SILENT)) {
            checkStatements(session, set, problems);
            List<HistoryEntry> history = session.readHistory().orElse(List.of());
            for (MigrationRow row : MigrationStates.of(set, history)) {
                problem(row).ifPresent(problems::add);
            }
        }
        return new ValidationReport(problems);
    }

    private static void checkStatements(MigrationSession session, MigrationSet set,
                                        List<ValidationReport.Problem> problems) {
        for (MigrationScript script : Stream.concat(set.versioned().stream(), set.repeatable().stream()).toList()) {
            try {
                PreparedScript.of(script, script.up(), session.support());
                script.down().ifPresent(down -> PreparedScript.of(script, down, session.support()));
            } catch (MigrationDirectoryException e) {
                problems.add(new ValidationReport.Problem(e.getMessage(), e.hint().orElse(null)));
            }
        }
    }

    private static java.util.Optional<ValidationReport.Problem> problem(MigrationRow row) {
        String name = row.scriptName();
        return java.util.Optional.ofNullable(switch (row.state()) {
            case CHECKSUM_MISMATCH -> new ValidationReport.Problem(name + " was changed after it was applied",
                    "restore it and write a new migration; if the database matches the edited file, run 'shale repair'");
            case MISSING_FILE -> new ValidationReport.Problem(name + " is applied but its file is missing",
                    "restore it from version control, or run 'shale repair' if it was removed on purpose");
            case FAILED -> new ValidationReport.Problem(name + " failed after " + row.entry().orElseThrow()
                    .statementsApplied() + " of " + row.entry().orElseThrow().statementsTotal() + " statements",
                    "fix the cause and run 'shale migrate' to resume it, or undo it by hand and run 'shale repair'");
            default -> null;
        });
    }
}
