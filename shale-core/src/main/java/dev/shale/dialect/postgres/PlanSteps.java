package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import dev.shale.plan.SafePlan;
import dev.shale.plan.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the statements and notes of a plan while its changes are visited. Statements
 * queued with {@link #atEnd} run after all others: a dropped enum type can only go once no
 * column of any table uses it any more.
 */
final class PlanSteps {
    private final List<PlannedStatement> statements = new ArrayList<>();
    private final List<PlannedStatement> last = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Set<String> done = new java.util.HashSet<>();
    private final List<PlannedStatement> undo = new ArrayList<>();
    private final List<String> safeguards = new ArrayList<>();
    private final List<String> todos = new ArrayList<>();

    void add(Change change, String sql) {
        statements.add(PlannedStatement.of(sql, change));
    }

    void addAll(Change change, List<String> sql) {
        sql.forEach(statement -> add(change, statement));
    }

    /** A statement of a later migration of a safe plan. */
    void add(Change change, String sql, Stage stage, boolean transactional) {
        statements.add(new PlannedStatement(sql, change, transactional, stage));
    }

    /**
     * A statement that undoes part of {@code stage}'s own work (see {@link SafePlan#undo()}); one
     * per change and stage, since they are reversed as a whole.
     */
    void undo(Change change, String sql, Stage stage, boolean transactional) {
        undo.add(new PlannedStatement(sql, change, transactional, stage));
    }

    void safeguard(String line) {
        safeguards.add(line);
    }

    void todo(String line) {
        todos.add(line);
    }

    void atEnd(Change change, String sql) {
        last.add(PlannedStatement.of(sql, change));
    }

    void note(String note) {
        notes.add(note);
    }

    /** True the first time it is asked for {@code key}: for a statement that several changes may need. */
    boolean once(String key) {
        return done.add(key);
    }

    Plan build() {
        List<PlannedStatement> all = new ArrayList<>(statements);
        all.addAll(last);
        return new Plan(all, List.copyOf(notes));
    }

    /** Undo statements run in the reverse order of the changes they undo (an index dropped and built again). */
    SafePlan buildSafe() {
        List<PlannedStatement> reversed = new ArrayList<>(undo);
        java.util.Collections.reverse(reversed);
        return new SafePlan(build(), reversed, safeguards, todos);
    }
}
