package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.migrate.ValidationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the migration directory's integrity and the applied checksums (exit 1 on problems).",
                "shale.sum, file names and versions, statements that cannot run in a transaction, changed, "
                + "missing and failed applied migrations."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        ValidationReport report = target.load(root.invocation()).validate();
        for (ValidationReport.Problem problem : report.problems()) {
            terminal.error(problem.message(), problem.hint());
        }
        if (report.valid()) {
            terminal.info("the migrations are valid");
            return ExitCode.OK.code();
        }
        return ExitCode.PROBLEMS_FOUND.code();
    }
}
