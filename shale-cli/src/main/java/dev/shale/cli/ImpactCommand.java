package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.impact.ImpactFormat;
import dev.shale.impact.ImpactReport;
import dev.shale.lint.LintOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code shale impact}: the application lines that use what pending migrations drop, rename or change. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"List the application source lines that use what pending migrations drop, rename or change.",
                "Runs each migration on a throw-away dev database to see which tables and columns it drops, "
                        + "renames or changes, then searches the source as plain text for each name as code spells "
                        + "it (preferred_language, preferredLanguage, PREFERRED_LANGUAGE). Reads the FILES given, "
                        + "else those added since --since REF, else the ones pending on the environment.",
                "Exit: 0 no line uses them, 1 some line does, 2 usage error."})
final class ImpactCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Migration files to read.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--since", paramLabel = "REF", description = "Read the migrations added since this git ref.")
    private String since;

    @Option(names = "--src", paramLabel = "DIR", description = "The application source to search (default: the "
            + "project folder, without migrations/, schema/, target/, build/, node_modules/, .git/ and .gitignore'd "
            + "paths).")
    private Path src;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private ImpactFormat format;

    @Override
    public Integer call() {
        Path workingDir = root.invocation().workingDir();
        Shale shale = target.load(root.invocation());
        Path sourceDir = src == null ? shale.config().projectDir() : workingDir.resolve(src).normalize();
        LintOptions options = new LintOptions(files.stream().map(workingDir::resolve).toList(),
                Optional.ofNullable(since));
        ImpactReport report = shale.impact(options, sourceDir);
        root.terminal().println(format.render(report).stripTrailing());
        return report.exitCode();
    }
}
