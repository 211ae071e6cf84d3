package dev.shale.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process, in a given directory with given variables, and captures it. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path workingDir, String... args) {
        return run(workingDir, Map.of(), args);
    }

    static CliRun run(Path workingDir, Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), false, false);
        int code = Cli.run(args, new Invocation(terminal, workingDir, variables));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The stderr lines, for asserting the one-line error and hint. */
    String[] errLines() {
        return err.strip().split("\n");
    }
}
