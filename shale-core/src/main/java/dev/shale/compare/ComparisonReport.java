package dev.shale.compare;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What promoting SOURCE to TARGET would change: {@code shale compare}'s result.
 *
 * @param source  SOURCE's label (no password)
 * @param target  TARGET's label
 * @param dialect the database the SQL is written for
 * @param tables  one entry per table that differs, tables with breaking differences first
 * @param sql     the statements that bring TARGET to SOURCE, in order
 * @param notes   what the SQL cannot say (e.g. data that a dropped column loses)
 * @param pending migrations applied on SOURCE and not on TARGET, when both are environments
 */
public record ComparisonReport(String source, String target, String dialect, List<TableComparison> tables,
                               List<String> sql, List<String> notes, Optional<List<PendingMigration>> pending) {
    public ComparisonReport {
        tables = List.copyOf(tables);
        sql = List.copyOf(sql);
        notes = List.copyOf(notes);
        pending = pending.map(List::copyOf);
    }

    public boolean equal() {
        return tables.isEmpty();
    }

    public Stream<Difference> differences() {
        return tables.stream().flatMap(t -> t.differences().stream());
    }

    public long count(Classification classification) {
        return differences().filter(d -> d.classification() == classification).count();
    }

    /** Every difference, breaking first, then by table and object. */
    public List<Difference> worstFirst() {
        return differences().sorted(DifferenceOrder.WORST_FIRST).toList();
    }

    /** 0 when equal, 1 when different (breaking or not); see docs/compare.md. */
    public int exitCode() {
        return equal() ? 0 : 1;
    }
}
