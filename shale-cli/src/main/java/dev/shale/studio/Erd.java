package dev.shale.studio;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema's tables and foreign keys as an inline SVG diagram, laid out in layers: tables that
 * reference nothing on the left, each other table one layer right of the deepest table it
 * references, so foreign-key lines run right to left. One {@code <g class="erd-node">} per table,
 * one {@code <path class="erd-edge">} per foreign key.
 */
final class Erd {
    static final int BOX_WIDTH = 210;
    static final int HEADER = 24;
    static final int ROW = 17;
    static final int MAX_ROWS = 12;
    static final int GAP_X = 90;
    static final int GAP_Y = 28;

    private Erd() {
    }

    static String svg(DatabaseSchema schema) {
        List<Table> tables = schema.tables();
        Map<QualifiedName, Integer> layers = layers(tables);
        Map<QualifiedName, int[]> boxes = new HashMap<>();
        Map<Integer, Integer> nextY = new HashMap<>();
        int width = 0;
        int height = 0;
        for (Table table : tables) {
            int layer = layers.get(table.name());
            int x = 10 + layer * (BOX_WIDTH + GAP_X);
            int y = nextY.getOrDefault(layer, 10);
            int h = boxHeight(table);
            boxes.put(table.name(), new int[] {x, y, h});
            nextY.put(layer, y + h + GAP_Y);
            width = Math.max(width, x + BOX_WIDTH + 10);
            height = Math.max(height, y + h + 10);
        }
        StringBuilder out = new StringBuilder("<svg class=\"erd\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
                .append("aria-label=\"Diagram of ").append(tables.size()).append(" tables and their foreign keys\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\"><defs><marker id=\"erd-arrow\" viewBox=\"0 0 10 10\" ")
                .append("refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"erd-arrowhead\"/></marker></defs>");
        for (Table table : tables) {
            for (ForeignKey fk : table.foreignKeys()) {
                out.append(edge(table, fk, boxes));
            }
        }
        for (Table table : tables) {
            out.append(node(table, boxes.get(table.name())));
        }
        return out.append("</svg>").toString();
    }

    private static int boxHeight(Table table) {
        int rows = Math.min(table.columns().size(), MAX_ROWS) + (table.columns().size() > MAX_ROWS ? 1 : 0);
        return HEADER + rows * ROW + 6;
    }

    /** Layer of each table: 0 when it references no other table, else one more than its deepest reference. */
    private static Map<QualifiedName, Integer> layers(List<Table> tables) {
        Map<QualifiedName, Table> byName = new HashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Map<QualifiedName, Integer> layers = new HashMap<>();
        for (Table table : tables) {
            layer(table, byName, layers, new HashSet<>());
        }
        return layers;
    }

    private static int layer(Table table, Map<QualifiedName, Table> byName, Map<QualifiedName, Integer> layers,
                             Set<QualifiedName> visiting) {
        Integer known = layers.get(table.name());
        if (known != null) {
            return known;
        }
        visiting.add(table.name());
        int layer = 0;
        for (ForeignKey fk : table.foreignKeys()) {
            Table referenced = byName.get(fk.referencedTable());
            // A cycle (or a self-reference) does not push a table further right.
            if (referenced != null && !visiting.contains(referenced.name())) {
                layer = Math.max(layer, layer(referenced, byName, layers, visiting) + 1);
            }
        }
        visiting.remove(table.name());
        layers.put(table.name(), layer);
        return layer;
    }

    private static String node(Table table, int[] box) {
        int x = box[0];
        int y = box[1];
        Set<String> keyColumns = new HashSet<>(table.primaryKey() == null ? List.of() : table.primaryKey().columns());
        Set<String> fkColumns = new HashSet<>();
        table.foreignKeys().forEach(fk -> fkColumns.addAll(fk.columns()));
        StringBuilder out = new StringBuilder("<g class=\"erd-node\" data-table=\"")
                .append(Html.escape(table.name().toString())).append("\"><rect x=\"").append(x).append("\" y=\"")
                .append(y).append("\" width=\"").append(BOX_WIDTH).append("\" height=\"").append(box[2])
                .append("\" rx=\"4\"/><text class=\"erd-title\" x=\"").append(x + 8).append("\" y=\"").append(y + 17)
                .append("\">").append(Html.escape(table.name().toString())).append("</text>");
        List<Column> columns = new ArrayList<>(table.columns());
        for (int i = 0; i < Math.min(columns.size(), MAX_ROWS); i++) {
            Column c = columns.get(i);
            String mark = keyColumns.contains(c.name()) ? "PK " : fkColumns.contains(c.name()) ? "FK " : "";
            out.append("<text class=\"erd-column\" x=\"").append(x + 8).append("\" y=\"")
                    .append(y + HEADER + (i + 1) * ROW - 4).append("\">").append(Html.escape(mark + c.name()))
                    .append("<tspan class=\"erd-type\"> ").append(Html.escape(c.type())).append("</tspan></text>");
        }
        if (columns.size() > MAX_ROWS) {
            out.append("<text class=\"erd-column erd-more\" x=\"").append(x + 8).append("\" y=\"")
                    .append(y + HEADER + (MAX_ROWS + 1) * ROW - 4).append("\">… ")
                    .append(columns.size() - MAX_ROWS).append(" more</text>");
        }
        return out.append("</g>").toString();
    }

    private static String edge(Table table, ForeignKey fk, Map<QualifiedName, int[]> boxes) {
        int[] from = boxes.get(table.name());
        int[] to = boxes.get(fk.referencedTable());
        if (to == null) {
            return ""; // references a table outside the inspected schemas
        }
        int fromY = from[1] + HEADER / 2;
        int toY = to[1] + HEADER / 2;
        String d;
        if (from == to) {
            int right = from[0] + BOX_WIDTH;
            d = "M" + right + "," + fromY + " C" + (right + 40) + "," + (fromY - 20) + " " + (right + 40) + ","
                    + (fromY + 30) + " " + right + "," + (fromY + 10);
        } else if (to[0] < from[0]) {
            int startX = from[0];
            int endX = to[0] + BOX_WIDTH;
            int mid = (startX + endX) / 2;
            d = "M" + startX + "," + fromY + " C" + mid + "," + fromY + " " + mid + "," + toY + " " + endX + "," + toY;
        } else {
            // Same layer (a cycle): a curve out to the right.
            int right = from[0] + BOX_WIDTH;
            d = "M" + right + "," + fromY + " C" + (right + 50) + "," + fromY + " " + (right + 50) + "," + toY + " "
                    + right + "," + toY;
        }
        return "<path class=\"erd-edge\" data-from=\"" + Html.escape(table.name().toString()) + "\" data-to=\""
                + Html.escape(fk.referencedTable().toString()) + "\" d=\"" + d
                + "\" marker-end=\"url(#erd-arrow)\"><title>" + Html.escape(table.name() + "(" + String.join(", ",
                fk.columns()) + ") → " + fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")")
                + "</title></path>";
    }
}
