package dev.shale.verify;

import java.util.List;
import java.util.Optional;

/**
 * The rehearsal of one migration: its up, its down (which must bring back the schema before
 * the up), and its up again (which must give the same schema as the first time).
 *
 * @param differences every difference the failing check found, in words; the first is the headline
 */
public record MigrationVerdict(String version, String script, String description, StepResult up,
                               StepResult down, StepResult reUp, List<String> differences) {

    public MigrationVerdict {
        differences = List.copyOf(differences);
    }

    /** A migration that was not rehearsed because an earlier one failed. */
    static MigrationVerdict skipped(String version, String script, String description) {
        return new MigrationVerdict(version, script, description, StepResult.skipped(), StepResult.skipped(),
                StepResult.skipped(), List.of());
    }

    public boolean passed() {
        return up.passed() && down.passed() && reUp.passed();
    }

    public boolean skipped() {
        return up.status() == StepResult.Status.SKIPPED;
    }

    /** The first thing that went wrong, in words. */
    public Optional<String> problem() {
        return up.detail().map(d -> "up fails: " + d)
                .or(() -> down.detail().map(d -> down.status() == StepResult.Status.FAILED ? "down fails: " + d : d))
                .or(() -> reUp.detail().map(d -> reUp.status() == StepResult.Status.FAILED
                        ? "up is not repeatable after its down: " + d : d));
    }
}
