package dev.shale.verify;

import dev.shale.dialect.TableChecksum;
import dev.shale.dialect.TableChecksum.ColumnChecksum;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the data before the up, after it and after the down. What the up changes it owns:
 * dropped tables and columns, deleted rows and rewritten values are reported as losses. The down
 * must bring back every row and every value the up left alone; anything else it loses fails.
 */
final class DataComparison {
    private DataComparison() {
    }

    static DataKept of(DataSnapshot beforeUp, DataSnapshot afterUp, Optional<DataSnapshot> afterDown) {
        List<String> upLosses = new ArrayList<>();
        List<String> downLosses = new ArrayList<>();
        beforeUp.tables().forEach((name, before) -> {
            Optional<TableChecksum> up = afterUp.table(name);
            if (up.isEmpty()) {
                if (before.rows() > 0) {
                    upLosses.add("up drops table " + TableNames.display(name) + ": " + rows(before.rows()) + " lost");
                }
                return;
            }
            upLosses.addAll(upLosses(name, before, up.get()));
            afterDown.flatMap(s -> s.table(name)).ifPresent(down -> downLosses.addAll(
                    downLosses(name, before, up.get(), down)));
        });
        return new DataKept(upLosses, downLosses);
    }

    private static List<String> upLosses(QualifiedName name, TableChecksum before, TableChecksum up) {
        List<String> losses = new ArrayList<>();
        String table = TableNames.display(name);
        if (up.rows() < before.rows()) {
            losses.add("up deletes " + rows(before.rows() - up.rows()) + " of table " + table);
        }
        before.columns().forEach((column, sums) -> {
            ColumnChecksum after = up.columns().get(column);
            if (after == null) {
                if (sums.nonNull() > 0) {
                    losses.add("up drops column " + table + "." + column + ": " + sums.nonNull()
                            + " non-null value(s) lost");
                }
            } else if (up.rows() == before.rows() && !after.equals(sums)) {
                losses.add("up changes the values of column " + table + "." + column);
            }
        });
        return losses;
    }

    /** Only what the up kept is checked: rows when it deleted none, values of the columns it did not change. */
    private static List<String> downLosses(QualifiedName name, TableChecksum before, TableChecksum up,
                                           TableChecksum down) {
        String table = TableNames.display(name);
        if (up.rows() < before.rows()) {
            return List.of();
        }
        if (down.rows() != before.rows()) {
            return List.of(down.rows() < before.rows()
                    ? "down loses " + rows(before.rows() - down.rows()) + " of table " + table
                    : "down leaves " + rows(down.rows() - before.rows()) + " more in table " + table
                            + " than before the up");
        }
        List<String> losses = new ArrayList<>();
        for (Map.Entry<String, ColumnChecksum> column : before.columns().entrySet()) {
            ColumnChecksum afterUp = up.columns().get(column.getKey());
            ColumnChecksum afterDown = down.columns().get(column.getKey());
            if (column.getValue().equals(afterUp) && afterDown != null && !afterDown.equals(column.getValue())) {
                losses.add("down changes the values of column " + table + "." + column.getKey()
                        + ", which the migration does not touch (" + column.getValue().nonNull()
                        + " non-null before, " + afterDown.nonNull() + " after)");
            }
        }
        return losses;
    }

    private static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
