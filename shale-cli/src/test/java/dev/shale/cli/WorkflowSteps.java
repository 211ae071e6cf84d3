package dev.shale.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the GitHub Actions workflow of docs/ci.md, read from {@code docs/ci/shale.yml}: each
 * step's name, its {@code if:} and the {@code shale …} commands of its {@code run:} (one line or a block).
 */
final class WorkflowSteps {
    /** One step that runs Shale; {@code condition} is its {@code if:}, empty when it has none. */
    record Step(String name, String condition, List<String> shaleCommands) {
        boolean runsAfterAFailure() {
            return condition.startsWith("always()");
        }
    }

    private WorkflowSteps() {
    }

    static Path file() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/ci/shale.yml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/ci/shale.yml not found above " + Path.of("").toAbsolutePath());
    }

    /** The steps that run at least one {@code shale} command, in order. */
    static List<Step> shaleSteps() throws IOException {
        List<Step> steps = new ArrayList<>();
        String name = null;
        String condition = "";
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String raw : Files.readAllLines(file())) {
            String line = raw.strip();
            if (line.startsWith("- name:")) {
                add(steps, name, condition, commands);
                name = line.substring("- name:".length()).strip();
                condition = "";
                commands = new ArrayList<>();
                inBlock = false;
            } else if (line.startsWith("if:")) {
                condition = line.substring(3).strip();
            } else if (line.startsWith("run:")) {
                String value = line.substring(4).strip();
                inBlock = value.equals("|");
                command(value).ifPresent(commands::add);
            } else if (inBlock && !line.isEmpty() && raw.startsWith("          ")) {
                command(line).ifPresent(commands::add);
            } else {
                inBlock = false;
            }
        }
        add(steps, name, condition, commands);
        return steps;
    }

    private static Optional<String> command(String line) {
        return line.startsWith("shale ") ? Optional.of(line) : Optional.empty();
    }

    private static void add(List<Step> steps, String name, String condition, List<String> commands) {
        if (name != null && !commands.isEmpty()) {
            steps.add(new Step(name, condition, List.copyOf(commands)));
        }
    }

    /**
     * Splits a {@code run:} line as the shell would, with the workflow's expressions and variables
     * replaced: {@code ${{ github.base_ref }}} by {@code baseRef}, {@code $DATABASE_URL} by
     * {@code databaseUrl}. A trailing {@code > FILE} is kept as its own two words.
     */
    static List<String> words(String command, String baseRef, String databaseUrl) {
        String expanded = command.replace("${{ github.base_ref }}", baseRef).replace("$DATABASE_URL", databaseUrl);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : expanded.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
