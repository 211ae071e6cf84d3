package dev.shale.cli;

import picocli.CommandLine.Option;

/** {@code --dev-url}: where the commands that read SQL files or replay migrations create their throw-away databases. */
final class DevUrlOption {
    @Option(names = "--dev-url", paramLabel = "URL",
            description = "Server for the throw-away dev databases that read schema files and replay migrations "
                    + "(default: dev_url of shale.toml, else the environment's server).")
    private String devUrl;

    /** The URL given, or null to use the configuration's. */
    String value() {
        return devUrl;
    }
}
