package dev.shale.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process, in a given directory with given variables, and captures it. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path workingDir, String... args) {
        return run(workingDir, Map.of(), args);
    }

    static CliRun run(Path workingDir, Map<String, String> variables, String... args) {
        return run(workingDir, variables, false, "", args);
    }

    /** With {@code interactive}, {@code input} is what the person types at the terminal. */
    static CliRun run(Path workingDir, boolean interactive, String input, String... args) {
        return run(workingDir, Map.of(), interactive, input, args);
    }

    private static CliRun run(Path workingDir, Map<String, String> variables, boolean interactive, String input,
                              String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), interactive, false,
                new BufferedReader(new StringReader(input)));
        int code = Cli.run(args, new Invocation(terminal, workingDir, variables));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The stderr lines, for asserting the one-line error and hint. */
    String[] errLines() {
        return err.strip().split("\n");
    }
}
