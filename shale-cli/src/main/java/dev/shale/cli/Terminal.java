package dev.shale.cli;

import dev.shale.db.DatabaseUrl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the command line writes. Data goes to stdout, everything for people (progress,
 * errors, hints) to stderr, so output can be piped. Every line that could hold a secret
 * passes through {@link #redact}.
 */
public final class Terminal {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final java.io.BufferedReader in;
    private final List<String> secrets = new ArrayList<>();
    private boolean color;
    private boolean quiet;

    public Terminal(PrintWriter out, PrintWriter err, boolean interactive, boolean color) {
        this(out, err, interactive, color,
                new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /** A terminal whose answers to questions come from {@code in}. */
    public Terminal(PrintWriter out, PrintWriter err, boolean interactive, boolean color, java.io.BufferedReader in) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.color = color;
    }

    /** The process's own streams; color when stdout is a terminal and NO_COLOR is not set. */
    public static Terminal system() {
        boolean console = System.console() != null;
        boolean color = console && System.getenv("NO_COLOR") == null;
        return new Terminal(
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                console, color);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** True when a person can answer a question on this terminal. */
    public boolean interactive() {
        return interactive;
    }

    /** Asks a question on stderr and reads the answer; null at the end of input. */
    public String ask(String question) {
        err.print(redact(question));
        err.flush();
        try {
            return in.readLine();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    void configure(boolean noColor, boolean quiet) {
        this.color = color && !noColor;
        this.quiet = quiet;
    }

    /** Registers a value (a password) that must never be printed. */
    public void addSecret(String secret) {
        if (secret != null && !secret.isEmpty()) {
            secrets.add(secret);
        }
    }

    /** A line of data on stdout. */
    public void println(String line) {
        out.println(redact(line));
        out.flush();
    }

    /** A progress or status line on stderr; silent under --quiet. */
    public void info(String line) {
        if (!quiet) {
            err.println(redact(line));
            err.flush();
        }
    }

    public void error(String message, String hint) {
        err.println(paint("error:", "1;31") + " " + redact(message));
        if (hint != null) {
            err.println(paint("hint:", "1;36") + " " + redact(hint));
        }
        err.flush();
    }

    void stackTrace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        err.print(redact(trace.toString()));
        err.flush();
    }

    /** ANSI color when enabled; {@code code} is an SGR sequence such as {@code 1;31}. */
    public String paint(String text, String code) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    String redact(String text) {
        String result = DatabaseUrl.redact(text);
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }
}
