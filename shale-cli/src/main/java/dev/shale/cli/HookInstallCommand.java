package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.hook.PreCommitHook;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Write .git/hooks/pre-commit (or the hook under core.hooksPath) to run 'shale hook check'.",
                "The hook calls the Shale that installed it: the ./shale launcher's path, or 'java -jar' on "
                        + "this jar. --shale shale calls the one on PATH instead. A hook that is not Shale's is "
                        + "never overwritten; the error shows the lines to add to it."})
final class HookInstallCommand implements Callable<Integer> {
    @ParentCommand
    private HookCommand parent;

    @Mixin
    private TargetOptions target;

    @Option(names = "--shale", paramLabel = "COMMAND",
            description = "The shale command the hook runs: a path, or 'shale' to find it on PATH at commit time.")
    private String shale;

    @Override
    public Integer call() {
        Invocation invocation = parent.root().invocation();
        PreCommitHook hook = Shale.preCommitHook(target.loadConfig(invocation));
        List<String> command = command(invocation);
        boolean replaced = hook.install(command);
        parent.root().terminal().info((replaced ? "updated " : "installed ") + hook.file() + ": it runs "
                + String.join(" ", command) + " hook check");
        return 0;
    }

    private List<String> command(Invocation invocation) {
        if (shale != null) {
            return List.of(shale);
        }
        String launcher = invocation.variables().get("SHALE_LAUNCHER");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return List.of(Path.of(launcher).toAbsolutePath().toString());
        }
        return runningJar().map(jar -> List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())).orElseThrow(() -> ShaleException.usage(
                "cannot tell which shale command the hook should run (Shale is not running from its jar)",
                "name it: --shale /path/to/shale, or --shale shale to use the one on PATH"));
    }

    private static Optional<Path> runningJar() {
        try {
            Path source = Path.of(HookInstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return source.toString().endsWith(".jar") && Files.isRegularFile(source)
                    ? Optional.of(source.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
