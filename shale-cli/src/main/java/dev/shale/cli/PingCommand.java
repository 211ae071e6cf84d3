package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.db.ServerInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "ping", mixinStandardHelpOptions = true,
        description = {"Check the connection to an environment's database.",
                "Prints the server product and version; exit 3 when it cannot be reached or refuses "
                + "the credentials."})
final class PingCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private FormatOption format;

    record Pong(String environment, String url, String product, String version, long millis) {
    }

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation());
        long start = System.nanoTime();
        ServerInfo info = shale.ping();
        Pong pong = new Pong(shale.environment().name(), info.url().display(), info.product(), info.version(),
                (System.nanoTime() - start) / 1_000_000);
        if (format.json()) {
            terminal.println(Json.write(pong));
        } else {
            terminal.println(pong.environment() + ": " + pong.product() + " " + pong.version()
                    + " at " + pong.url() + " (" + pong.millis() + " ms)");
        }
        return 0;
    }
}
