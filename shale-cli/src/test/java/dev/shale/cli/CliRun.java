package dev.shale.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and captures its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path workingDir, String... args) {
        return run(workingDir, false, "", args);
    }

    static CliRun run(Path workingDir, boolean interactive, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), interactive, false,
                new BufferedReader(new StringReader(input)));
        int code = Cli.run(args, new Invocation(terminal, workingDir, Map.of()));
        return new CliRun(code, out.toString(), err.toString());
    }
}
