package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.project.InitResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a project: shale.toml, schema/schema.sql and migrations/.",
                "shale.toml gets a 'dev' environment on SQLite and commented examples for PostgreSQL, "
                + "MySQL and a production environment. Never overwrites a file; running it again only "
                + "adds what is missing."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Project directory (default: the current one).")
    private Path dir = Path.of("");

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Path here = root.invocation().workingDir();
        Path target = here.resolve(dir).normalize();
        InitResult result = Shale.init(target);
        result.created().forEach(p -> terminal.info("created  " + here.relativize(p)));
        result.kept().forEach(p -> terminal.info("kept     " + here.relativize(p) + " (already there)"));
        if (result.created().isEmpty()) {
            terminal.info("nothing to do: the project is already initialised");
        } else {
            terminal.info("");
            terminal.info("next: edit schema/schema.sql and the environments in shale.toml");
        }
        return 0;
    }
}
