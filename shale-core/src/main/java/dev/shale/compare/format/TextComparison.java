package dev.shale.compare.format;

import dev.shale.compare.Classification;
import dev.shale.compare.ComparisonReport;
import dev.shale.compare.Difference;
import dev.shale.compare.PendingMigration;
import dev.shale.compare.RuleFinding;
import dev.shale.compare.TableComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The report for a terminal: a summary, then each table side by side (TARGET left, SOURCE right). */
final class TextComparison {
    private final boolean withSql;
    private final UnaryOperator<String> breaking;

    TextComparison(boolean withSql, UnaryOperator<String> breaking) {
        this.withSql = withSql;
        this.breaking = breaking;
    }

    String render(ComparisonReport r) {
        StringBuilder out = new StringBuilder();
        out.append("compare ").append(r.source()).append(" (source) → ").append(r.target()).append(" (target), ")
                .append(r.dialect()).append('\n').append(Headline.counts(r)).append('\n');
        for (TableComparison table : r.tables()) {
            table(out, table, r);
        }
        r.pending().ifPresent(p -> pending(out, p, r));
        if (withSql && !r.equal()) {
            out.append("\nSQL that brings ").append(r.target()).append(" to ").append(r.source()).append(":\n");
            r.sql().forEach(s -> out.append(s).append(";\n"));
            r.notes().forEach(n -> out.append("-- note: ").append(n).append('\n'));
        }
        return out.toString();
    }

    private void table(StringBuilder out, TableComparison table, ComparisonReport r) {
        out.append("\ntable ").append(table.table()).append(" (").append(table.presence()).append(")\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "object", "name", r.target() + " (target)", r.source() + " (source)"});
        for (Difference d : table.differences()) {
            rows.add(new String[] {d.classification().label(), d.object(), d.name(), Headline.absent(d.target()),
                Headline.absent(d.source())});
        }
        int[] widths = widths(rows);
        for (int i = 0; i < rows.size(); i++) {
            String line = "  " + row(rows.get(i), widths);
            boolean red = i > 0 && table.differences().get(i - 1).classification() == Classification.BREAKING;
            out.append(red ? breaking.apply(line) : line).append('\n');
        }
        for (Difference d : table.differences()) {
            for (RuleFinding f : d.findings()) {
                out.append("    ").append(f.rule()).append(' ').append(d.classification().label()).append(": ")
                        .append(f.message()).append('\n');
            }
        }
    }

    private static void pending(StringBuilder out, List<PendingMigration> pending, ComparisonReport r) {
        out.append("\nmigrations applied on ").append(r.source()).append(" and not on ").append(r.target())
                .append(": ").append(pending.isEmpty() ? "none" : pending.size()).append('\n');
        pending.forEach(p -> out.append("  ").append(p.version()).append(' ').append(p.description()).append(" (")
                .append(p.script()).append(")\n"));
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        return widths;
    }

    private static String row(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - cells[i].codePointCount(0, cells[i].length()) + 2));
            }
        }
        return line.toString().stripTrailing();
    }
}
