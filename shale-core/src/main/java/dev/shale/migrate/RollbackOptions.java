package dev.shale.migrate;

import java.util.Optional;

/**
 * How {@code rollback} runs: the last {@code steps} applied migrations, or every one above
 * {@code target}.
 */
public record RollbackOptions(int steps, Optional<String> target, boolean dryRun) {

    public static RollbackOptions lastOne() {
        return new RollbackOptions(1, Optional.empty(), false);
    }

    public RollbackOptions steps(int count) {
        return new RollbackOptions(count, target, dryRun);
    }

    public RollbackOptions target(String version) {
        return new RollbackOptions(steps, Optional.ofNullable(version), dryRun);
    }

    public RollbackOptions dryRun(boolean on) {
        return new RollbackOptions(steps, target, on);
    }
}
