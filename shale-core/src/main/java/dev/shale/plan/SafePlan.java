package dev.shale.plan;

import dev.shale.diff.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan in its safe form: statements spread over {@link Stage}s, plus what the down sections
 * of the later stages need.
 *
 * @param up         the statements, each tagged with its stage
 * @param undo       statements that undo a stage's own work, in the order they run: for {@link Stage#MAIN} they run
 *                   first in the main file's down section (before the reverse plan); for the
 *                   other stages they are the whole down section of that stage's file
 * @param safeguards one line per safe transformation applied, for the user
 * @param todos      what the user must complete by hand before migrating (e.g. a backfill
 *                   whose value cannot be derived)
 */
public record SafePlan(Plan up, List<PlannedStatement> undo, List<String> safeguards, List<String> todos) {
    public SafePlan {
        undo = List.copyOf(undo);
        safeguards = List.copyOf(safeguards);
        todos = List.copyOf(todos);
    }

    /** A dialect without safe forms: the plain plan, all in the main stage. */
    public static SafePlan plain(Plan plan) {
        return new SafePlan(plan, List.of(), List.of(), List.of());
    }

    /** The up statements of one stage. */
    public List<PlannedStatement> statements(Stage stage) {
        return up.statements().stream().filter(s -> s.stage() == stage).toList();
    }

    /**
     * The main migration's down section: its own undo statements, then the plain reverse plan
     * without what a later stage's down section undoes itself (an index built or dropped
     * there). The later stages are reverted first.
     */
    public List<PlannedStatement> mainDown(Plan reverse) {
        List<PlannedStatement> down = new ArrayList<>(undo(Stage.MAIN));
        reverse.statements().stream().filter(s -> !undoneByLaterStage(s)).forEach(down::add);
        return down;
    }

    private boolean undoneByLaterStage(PlannedStatement down) {
        return up.statements().stream().filter(s -> s.stage() != Stage.MAIN)
                .anyMatch(s -> reverses(s.change(), down.change()) || reverses(down.change(), s.change()));
    }

    private static boolean reverses(Change add, Change drop) {
        return add instanceof Change.AddIndex a && drop instanceof Change.DropIndex d
                && a.table().equals(d.table()) && a.index().name().equals(d.index().name());
    }

    /** The undo statements of one stage. */
    public List<PlannedStatement> undo(Stage stage) {
        return undo.stream().filter(s -> s.stage() == stage).toList();
    }
}
