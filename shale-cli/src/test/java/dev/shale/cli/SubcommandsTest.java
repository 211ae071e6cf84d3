package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {
    private static CommandLine root(String... args) {
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                false, false, new BufferedReader(new StringReader("")));
        CommandLine root = new CommandLine(new ShaleCommand(new Invocation(terminal, Path.of("."), Map.of())));
        Subcommands.addTo(root, args);
        return root;
    }

    @Test
    void aCommandLineThatNamesACommandBuildsOnlyThatOne() {
        assertThat(root("--quiet", "status", "--url", "sqlite:x.db").getSubcommands()).containsOnlyKeys("status");
        assertThat(root("hook", "install").getSubcommands().get("hook").getSubcommands())
                .containsKeys("install", "uninstall");
    }

    @Test
    void helpCompletionAndUnknownNamesGetEveryCommand() {
        assertThat(root("help", "migrate").getSubcommands()).containsKeys("migrate", "status", "impact", "help");
        assertThat(root("completion", "bash").getSubcommands()).hasSizeGreaterThan(20);
        assertThat(root("statsu").getSubcommands()).containsKeys("status", "studio");
        assertThat(root().getSubcommands()).hasSize(Subcommands.ALL.size());
    }
}
