package dev.shale.plan;

import java.util.List;

/**
 * A plan in its safe form: statements spread over {@link Stage}s, plus what the down sections
 * of the later stages need.
 *
 * @param up         the statements, each tagged with its stage
 * @param undo       statements that undo a stage's own work: for {@link Stage#MAIN} they run
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

    /** The undo statements of one stage. */
    public List<PlannedStatement> undo(Stage stage) {
        return undo.stream().filter(s -> s.stage() == stage).toList();
    }
}
