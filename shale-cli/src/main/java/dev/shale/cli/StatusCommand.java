package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.migrate.MigrationState;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.history.RecordedBackup;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show every migration: applied, pending, failed, checksum mismatch, missing file, future.",
                "Reads only; takes no lock."})
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private FormatOption format;

    /** One migration as JSON: the API record with the time as ISO-8601 text. */
    record Listed(String version, String description, String script, String state, String appliedAt,
                  Long executionMillis, Integer statementsApplied, Integer statementsTotal, boolean outOfOrder,
                  String backupPath, Long backupBytes) {
        static Listed of(MigrationStatus s) {
            return new Listed(s.version(), s.description(), s.script(), s.state().name(),
                    s.appliedAt() == null ? null : s.appliedAt().toString(), s.executionMillis(),
                    s.statementsApplied(), s.statementsTotal(), s.outOfOrder(),
                    s.backup().map(RecordedBackup::path).orElse(null),
                    s.backup().map(RecordedBackup::bytes).orElse(null));
        }
    }

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation());
        List<MigrationStatus> status = shale.status();
        if (format.json()) {
            terminal.println(Json.write(status.stream().map(Listed::of).toList()));
            return 0;
        }
        TextTable table = new TextTable("VERSION", "DESCRIPTION", "STATE", "APPLIED AT", "DURATION");
        for (MigrationStatus s : status) {
            table.row(s.version(), s.description(), state(s), s.appliedAt() == null ? "" : s.appliedAt().toString(),
                    s.executionMillis() == null ? "" : s.executionMillis() + " ms");
        }
        table.print(terminal);
        status.forEach(s -> s.backup().ifPresent(b -> terminal.info("backup before " + s.version() + " "
                + s.description() + ": " + b.path() + " (" + b.bytes() + " bytes)")));
        status.stream().filter(s -> s.state() == MigrationState.FAILED).forEach(s -> terminal.info(failedHint(s)));
        return 0;
    }

    private static String failedHint(MigrationStatus s) {
        if (s.statementsApplied() == 0) {
            return s.script() + ": none of its " + s.statementsTotal() + " statements ran; fix the cause and run "
                    + "'shale migrate' to run it from the start";
        }
        return s.script() + ": statements 1 to " + s.statementsApplied() + " of " + s.statementsTotal() + " ran; "
                + "fix the cause and run 'shale migrate' to resume at statement " + (s.statementsApplied() + 1)
                + ", or undo them by hand and run 'shale repair'";
    }

    private static String state(MigrationStatus s) {
        String label = s.state().label();
        if (s.state() == MigrationState.FAILED) {
            return label + " at statement " + (s.statementsApplied() + 1) + " of " + s.statementsTotal();
        }
        return s.outOfOrder() ? label + " (out of order)" : label;
    }
}
