package dev.shale.hook;

import dev.shale.ExitCode;
import dev.shale.lint.LintReport;
import dev.shale.migrate.ValidationReport.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What the pre-commit check found on the staged migrations.
 *
 * @param staged   how many files of the migration directory have staged changes (0: nothing was checked)
 * @param problems what refuses the commit before lint: unstaged changes, edited applied migrations,
 *                 bad names, an invalid directory
 * @param lint     the lint report of the staged new migrations, when lint ran
 */
public record PreCommitReport(int staged, List<Problem> problems, Optional<LintReport> lint) {
    public PreCommitReport {
        problems = List.copyOf(problems);
    }

    /** True when the commit may go ahead. */
    public boolean passed() {
        return exitCode() == ExitCode.OK.code();
    }

    /** 0 to commit; 1 for problems or lint findings needing approval; 2 when lint blocks. */
    public int exitCode() {
        if (!problems.isEmpty()) {
            return ExitCode.PROBLEMS_FOUND.code();
        }
        return lint.map(report -> report.gate().exitCode()).orElse(ExitCode.OK.code());
    }
}
