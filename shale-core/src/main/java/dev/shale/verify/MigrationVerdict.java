package dev.shale.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rehearsal of one migration: its up, its down (which must bring back the schema before
 * the up), and its up again (which must give the same schema as the first time).
 *
 * @param differences every difference the failing check found, in words; the first is the headline
 * @param data        whether the sampled data was kept; empty without {@code --sample-rows} or when the up failed
 */
public record MigrationVerdict(String version, String script, String description, StepResult up,
                               StepResult down, StepResult reUp, List<String> differences, Optional<DataKept> data) {

    public MigrationVerdict {
        differences = List.copyOf(differences);
    }

    /** A migration that was not rehearsed because an earlier one failed. */
    static MigrationVerdict skipped(String version, String script, String description) {
        return new MigrationVerdict(version, script, description, StepResult.skipped(), StepResult.skipped(),
                StepResult.skipped(), List.of(), Optional.empty());
    }

    public boolean passed() {
        return up.passed() && down.passed() && reUp.passed() && data.map(DataKept::kept).orElse(true);
    }

    public boolean skipped() {
        return up.status() == StepResult.Status.SKIPPED;
    }

    /** The first thing that went wrong, in words. */
    public Optional<String> problem() {
        return problems().stream().findFirst();
    }

    /** Everything that went wrong, in words, in the order it happened. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        failure(up, "up fails: ").ifPresent(problems::add);
        failure(down, down.status() == StepResult.Status.MISSING ? "" : "down fails: ").ifPresent(problems::add);
        problems.addAll(differences);
        data.ifPresent(d -> problems.addAll(d.downLosses()));
        failure(reUp, "up is not repeatable after its down: ").ifPresent(problems::add);
        return problems;
    }

    private static Optional<String> failure(StepResult step, String prefix) {
        return step.status() == StepResult.Status.FAILED || step.status() == StepResult.Status.MISSING
                ? step.detail().map(d -> prefix + d) : Optional.empty();
    }
}
