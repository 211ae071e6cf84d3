package dev.shale.lint;

import dev.shale.ShaleException;
import dev.shale.migrate.files.MigrationVersion;
import java.util.List;

/**
 * How a set of pending migrations would be undone ({@code --rollback-plan} of migrate, lint and
 * generate): one step per migration, newest first, the order {@code shale rollback} runs them.
 *
 * @param steps the migrations in the order they are undone
 */
public record RollbackPlan(List<RollbackStep> steps) {
    public RollbackPlan {
        steps = List.copyOf(steps);
    }

    /** The plan for the migrations up to version {@code target} only (what {@code migrate --target} would apply). */
    public RollbackPlan upTo(String target) {
        MigrationVersion last;
        try {
            last = MigrationVersion.parse(target);
        } catch (IllegalArgumentException e) {
            throw ShaleException.usage("not a migration version: " + target, "give --target a version such as 0042");
        }
        return new RollbackPlan(steps.stream()
                .filter(s -> s.script().version().map(v -> v.compareTo(last) <= 0).orElse(true)).toList());
    }

    /** The steps that cannot be undone without a backup. */
    public List<RollbackStep> needingBackup() {
        return steps.stream().filter(RollbackStep::needsBackup).toList();
    }

    /** The plan as people read it. */
    public String text() {
        if (steps.isEmpty()) {
            return "rollback plan: no pending migrations, nothing to undo";
        }
        StringBuilder out = new StringBuilder("rollback plan: " + steps.size() + " migration"
                + (steps.size() == 1 ? "" : "s") + ", undone newest first\n");
        int number = 1;
        for (RollbackStep step : steps) {
            out.append(number++).append(". ").append(step.script().script()).append(": ")
                    .append(step.needsBackup() ? "needs a backup" : "undone by its down section").append('\n');
            if (step.down().isEmpty()) {
                out.append("   no down section: only a backup taken before it ran takes it back\n");
            }
            step.dataLoss().forEach(loss -> out.append("   ").append(loss).append(": the down section cannot "
                    + "bring the data back\n"));
            step.down().ifPresent(sql -> sql.strip().lines().forEach(l -> out.append("   | ").append(l).append('\n')));
        }
        List<RollbackStep> backup = needingBackup();
        out.append(backup.isEmpty() ? "every migration can be undone by its down section"
                : "cannot be undone without a backup: " + String.join(", ",
                backup.stream().map(s -> s.script().script()).toList()) + " (take one first: migrate --backup)");
        return out.toString();
    }
}
