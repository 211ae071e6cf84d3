package dev.shale.cli;

/** Entry point of the {@code shale} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Shale reports database errors itself; MariaDB Connector/J would also print them to
        // the console when no logging framework is present.
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
        System.exit(Cli.run(args, Invocation.system()));
    }
}
