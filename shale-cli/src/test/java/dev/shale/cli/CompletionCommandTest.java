package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
    @TempDir
    Path dir;

    private Path script() throws Exception {
        CliRun run = CliRun.run(dir, "completion", "bash");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = dir.resolve("shale-completion.bash");
        Files.writeString(file, run.out());
        return file;
    }

    /**
     * Runs {@code script} in a real bash and returns its stdout; fails on a non-zero exit. Stderr
     * is kept apart: outside a real completion, {@code compopt} complains there and goes on.
     */
    private String bash(String script) throws Exception {
        Path stderr = dir.resolve("bash.err");
        Process process = new ProcessBuilder("bash", "-c", script).redirectError(stderr.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
        return out;
    }

    /** What bash offers for the words typed so far, the last one being completed. */
    private String complete(Path script, String... words) throws Exception {
        String array = String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList());
        return bash("source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE}; _complete_shale;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"");
    }

    @Test
    void theBashScriptIsValidBash() throws Exception {
        Path script = script();
        assertThat(Files.readString(script)).contains("complete -F _complete_shale");
        bash("bash -n '" + script + "'");
    }

    @Test
    void completingAPrefixOffersTheCommandsThatStartWithIt() throws Exception {
        Path script = script();
        assertThat(complete(script, "shale", "mig").lines()).containsExactly("migrate");
        assertThat(complete(script, "shale", "co").lines()).contains("codegen", "completion", "compare");
    }

    @Test
    void completingAfterACommandOffersItsOptions() throws Exception {
        Path script = script();
        assertThat(complete(script, "shale", "migrate", "--dr").lines()).containsExactly("--dry-run");
        assertThat(complete(script, "shale", "codegen", "java", "--pa").lines()).containsExactly("--package");
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashcompinitItself() {
        CliRun zsh = CliRun.run(dir, "completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).isEqualTo(CliRun.run(dir, "completion", "bash").out()).contains("bashcompinit");
    }

    @Test
    void anotherShellIsAUsageError() {
        assertThat(CliRun.run(dir, "completion", "fish").exitCode()).isEqualTo(2);
    }
}
