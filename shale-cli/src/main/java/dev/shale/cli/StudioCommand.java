package dev.shale.cli;

import dev.shale.ShaleException;
import dev.shale.studio.Studio;
import dev.shale.studio.StudioProject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale studio}: starts {@link Studio}, prints its URL and serves until the process is stopped. */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Start Shale Studio: a local, read-only web page for the project's environments, "
                + "migrations, comparisons and schemas.",
                "Listens on 127.0.0.1 (a free port unless --port is given), prints the URL and opens nothing by "
                        + "itself. With --host bound to another address, it prints a URL with an access token that "
                        + "every visitor needs. Never writes to a database. Ctrl-C stops it. See docs/studio.md."})
final class StudioCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than 127.0.0.1/localhost "
                    + "requires the printed access token.")
    private String host;

    @Option(names = "--port", defaultValue = "0", paramLabel = "PORT",
            description = "Port to listen on (default: a free one).")
    private int port;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: shale.toml here or in a parent directory).")
    private Path config;

    @Override
    public Integer call() throws InterruptedException {
        Terminal terminal = root.terminal();
        if (port < 0 || port > 65535) {
            throw ShaleException.usage("--port must be between 0 and 65535, was " + port,
                    "leave it out to use a free port");
        }
        Invocation invocation = root.invocation();
        StudioProject project = new StudioProject(invocation.workingDir(),
                config == null ? null : invocation.workingDir().resolve(config), invocation.variables());
        project.environments(); // a broken shale.toml stops here, with its error, not on the first page
        Studio studio = Studio.start(project, host, port, bug -> {
            terminal.info("studio: internal error " + bug);
            if (root.global().debug()) {
                terminal.stackTrace(bug);
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            studio.close();
            stopped.countDown();
        }, "shale-studio-stop"));
        // The URL is the result: printed even with --quiet. With a token it is the only way in.
        terminal.println("Shale Studio: " + studio.url());
        if (studio.token().isPresent()) {
            terminal.info("anyone who can reach " + host + " needs this URL (it carries the access token)");
        }
        terminal.info("read-only; press Ctrl-C to stop");
        stopped.await();
        return 0;
    }
}
