package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The help that ships is the command tree itself ({@code shale help COMMAND}); the README's
 * command lines must stay true to it.
 */
class HelpAndReadmeTest {
    @TempDir
    Path dir;

    @Test
    void helpCommandPrintsTheSameUsageAsTheCommandsOwnHelpOption() {
        CliRun help = CliRun.run(dir, "help", "migrate");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: shale migrate").isEqualTo(CliRun.run(dir, "migrate", "--help").out());
    }

    @Test
    void everyCommandAndOptionInTheReadmesCommandLinesExists() throws Exception {
        CommandLine root = tree();
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../README.md"))) {
            if (line.startsWith("./shale ")) {
                problems.addAll(check(root, line));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReadmeCheckCatchesAnOptionThatDoesNotExist() {
        assertThat(check(tree(), "./shale migrate --dry-rn   # typo")).containsExactly(
                "'shale migrate' has no option --dry-rn: ./shale migrate --dry-rn   # typo");
        assertThat(check(tree(), "./shale frobnicate")).isNotEmpty();
    }

    private static CommandLine tree() {
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                false, false, new BufferedReader(new StringReader("")));
        CommandLine root = new CommandLine(new ShaleCommand(new Invocation(terminal, Path.of("."), Map.of())));
        Subcommands.addTo(root, new String[0]);
        return root;
    }

    /** The words of {@code line} up to a comment or redirection, checked against the command tree. */
    private static List<String> check(CommandLine root, String line) {
        List<String> problems = new ArrayList<>();
        CommandLine command = root;
        boolean first = true;
        for (String word : line.substring("./shale ".length()).trim().split("\\s+")) {
            if (word.startsWith("#") || word.startsWith(">") || word.startsWith("|")) {
                break;
            }
            if (word.startsWith("-")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                if (command.getCommandSpec().findOption(option) == null) {
                    problems.add("'" + command.getCommandSpec().qualifiedName() + "' has no option " + option + ": " + line);
                }
            } else if (command.getSubcommands().containsKey(word)) {
                command = command.getSubcommands().get(word);
            } else if (first) {
                problems.add("no command '" + word + "': " + line);
            }
            first = false;
        }
        return problems;
    }
}
