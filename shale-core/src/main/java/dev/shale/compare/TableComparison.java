package dev.shale.compare;

import java.util.List;

/**
 * The differences of one table, worst first.
 *
 * @param table       the table's name (or an enum's, sequence's or view's)
 * @param presence    {@code both}, {@code source only} or {@code target only}
 * @param differences its differences, breaking first
 */
public record TableComparison(String table, String presence, List<Difference> differences) {
    public TableComparison {
        differences = List.copyOf(differences);
    }

    /** The worst classification among its differences. */
    public Classification worst() {
        return differences.stream().map(Difference::classification).min(Enum::compareTo)
                .orElse(Classification.SAFE);
    }
}
