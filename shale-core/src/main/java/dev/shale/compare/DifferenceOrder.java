package dev.shale.compare;

import java.util.Comparator;

/** The order reports show differences in: breaking first, then table, object kind and name. */
final class DifferenceOrder {
    static final Comparator<Difference> WORST_FIRST = Comparator.comparing(Difference::classification)
            .thenComparing(Difference::table).thenComparing(Difference::object).thenComparing(Difference::name);

    static final Comparator<TableComparison> TABLES = Comparator.comparing(TableComparison::worst)
            .thenComparing(TableComparison::table);

    private DifferenceOrder() {
    }
}
