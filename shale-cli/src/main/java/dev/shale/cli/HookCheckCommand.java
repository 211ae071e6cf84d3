package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.hook.PreCommitReport;
import dev.shale.lint.LintGate;
import dev.shale.lint.format.LintFormat;
import dev.shale.migrate.ValidationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"What the hook runs: check the staged changes of the migration directory.",
                "Exit 0 the commit may go ahead, 1 a problem or a lint finding that needs approval, 2 lint blocks."})
final class HookCheckCommand implements Callable<Integer> {
    @ParentCommand
    private HookCommand parent;

    @Mixin
    private TargetOptions target;

    @Override
    public Integer call() {
        Terminal terminal = parent.root().terminal();
        Invocation invocation = parent.root().invocation();
        PreCommitReport report = target.load(invocation).preCommitCheck();
        if (report.staged() == 0) {
            return ExitCode.OK.code();
        }
        for (ValidationReport.Problem problem : report.problems()) {
            terminal.error(problem.message(), problem.hint());
        }
        report.lint().ifPresent(lint -> terminal.println(
                LintFormat.TEXT.render(lint, invocation.workingDir()).stripTrailing()));
        if (report.passed()) {
            terminal.info("shale: the staged migrations pass");
        } else {
            terminal.error("shale: the commit is refused", hint(report));
        }
        return report.exitCode();
    }

    private static String hint(PreCommitReport report) {
        boolean needsApproval = report.problems().isEmpty()
                && report.lint().map(l -> l.gate() == LintGate.NEEDS_APPROVAL).orElse(false);
        return needsApproval
                ? "accept a finding in the migration with -- shale:approve RULE \"reason\", or change the migration"
                : "fix the problems above and commit again";
    }
}
