package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.compare.ComparisonReport;
import dev.shale.compare.format.CompareFormat;
import dev.shale.desired.SchemaSource;
import dev.shale.desired.SchemaSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two environments or schemas side by side: what promoting SOURCE to TARGET would "
                + "change, per table, each difference classified breaking / risky / safe with lint's rules.",
                "SOURCE and TARGET are each an environment name, a database URL, a .sql file or folder, or a "
                        + "migrations directory; databases are read on read-only sessions. When both are "
                        + "environments, the migrations applied on SOURCE and not on TARGET are listed. Exit 0 when "
                        + "they are equal, 1 when they differ (breaking or not); see docs/compare.md."})
final class CompareCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, MARKDOWN, HTML }

    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private DevUrlOption devUrl;

    @Option(names = "--rename", paramLabel = "OLD=NEW", split = ",",
            description = "A rename from TARGET's name to SOURCE's, not a drop and an add: table.column=new_column "
                    + "or old_table=new_table (repeatable).")
    private List<String> renames = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The schema being promoted (e.g. dev).")
    private String sourceArg;

    @Parameters(index = "1", paramLabel = "TARGET", description = "The schema it is promoted to (e.g. prod).")
    private String targetArg;

    @Option(names = "--sql", description = "Also print the SQL that brings TARGET to SOURCE.")
    private boolean sql;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown|html",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Path output;

    @Option(names = "--notify", paramLabel = "URL",
            description = "Post a Slack-compatible message to this webhook when a breaking difference is found "
                    + "(retried 3 times; a webhook that is down gives a warning, not another exit code).")
    private String notify;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Path workingDir = root.invocation().workingDir();
        Shale shale = target.load(root.invocation(), terminal::info, devUrl.value());
        SchemaSource source = SchemaSources.resolve(sourceArg, shale.config(), workingDir);
        SchemaSource targetSource = SchemaSources.resolve(targetArg, shale.config(), workingDir);
        ComparisonReport report = shale.compare(source, targetSource, renames, workingDir);
        CompareFormat chosen = CompareFormat.valueOf(format.name());
        if (output == null) {
            String text = chosen.render(report, sql, line -> terminal.paint(line, "31"));
            terminal.println(text.stripTrailing());
        } else {
            write(workingDir.resolve(output), chosen.render(report, sql, line -> line));
            terminal.info("wrote " + output + ": " + report.differences().count() + " differences");
        }
        if (notify != null) {
            alert(terminal, report);
        }
        return report.exitCode();
    }

    private void alert(Terminal terminal, ComparisonReport report) {
        Shale.notifyCompare(report, notify).ifPresent(delivery -> {
            if (delivery.delivered()) {
                terminal.info("compare alert posted to " + delivery.target());
            } else {
                terminal.info("warning: could not post the compare alert to " + delivery.target() + " after "
                        + delivery.attempts() + (delivery.attempts() == 1 ? " attempt: " : " attempts: ")
                        + delivery.problem().orElse("") + "; the result of the comparison stands");
            }
        });
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ShaleException.usage("cannot write " + file + ": " + e.getMessage(),
                    "check that the folder exists and is writable");
        }
    }
}
