package dev.shale.cli;

import com.github.freva.asciitable.AsciiTable;
import com.github.freva.asciitable.Column;
import com.github.freva.asciitable.HorizontalAlign;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A borderless, left-aligned table for terminal output, like {@code psql}'s or {@code git}'s. */
final class TextTable {
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = headers;
    }

    TextTable row(String... cells) {
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toArray(String[]::new));
        return this;
    }

    void print(Terminal terminal) {
        Column[] columns = Arrays.stream(headers)
                .map(h -> new Column().header(h).headerAlign(HorizontalAlign.LEFT).dataAlign(HorizontalAlign.LEFT))
                .toArray(Column[]::new);
        String rendered = AsciiTable.getTable(AsciiTable.NO_BORDERS, columns, rows.toArray(String[][]::new));
        for (String line : rendered.split("\n")) {
            terminal.println(line.stripTrailing());
        }
    }
}
