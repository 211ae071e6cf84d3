package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ErdTest {
    @Test
    void oneNodePerTableAndOneEdgePerForeignKeyIncludingASelfReference() {
        Table users = table("users", List.of());
        Table orders = table("orders", List.of(fk("orders_user", "user_id", "users")));
        Table items = table("items", List.of(fk("items_order", "order_id", "orders"),
                fk("items_parent", "parent_id", "items")));
        String svg = Erd.svg(new DatabaseSchema("sqlite", List.of(), List.of(users, orders, items), List.of(),
                List.of(), List.of(), List.of()));

        assertThat(count(svg, "<g class=\"erd-node\"")).isEqualTo(3);
        assertThat(count(svg, "<path class=\"erd-edge\"")).isEqualTo(3);
        assertThat(svg).contains("data-from=\"orders\" data-to=\"users\"", "data-from=\"items\" data-to=\"orders\"",
                "data-from=\"items\" data-to=\"items\"");
    }

    @Test
    void aTableIsPlacedRightOfTheTablesItReferences() {
        Table users = table("users", List.of());
        Table orders = table("orders", List.of(fk("orders_user", "user_id", "users")));
        String svg = Erd.svg(new DatabaseSchema("sqlite", List.of(), List.of(users, orders), List.of(), List.of(),
                List.of(), List.of()));

        assertThat(x(svg, "orders")).isGreaterThan(x(svg, "users"));
    }

    @Test
    void namesAreEscaped() {
        Table odd = table("a<b>", List.of());
        String svg = Erd.svg(new DatabaseSchema("sqlite", List.of(), List.of(odd), List.of(), List.of(), List.of(),
                List.of()));

        assertThat(svg).contains("a&lt;b&gt;").doesNotContain("a<b>");
    }

    private static Table table(String name, List<ForeignKey> fks) {
        List<Column> columns = List.of(Column.of("id", "integer", false), Column.of("user_id", "integer", true),
                Column.of("order_id", "integer", true), Column.of("parent_id", "integer", true));
        return new Table(QualifiedName.of(name), columns, new PrimaryKey(null, List.of("id")), List.of(), fks,
                List.of(), List.of(), null, null);
    }

    private static ForeignKey fk(String name, String column, String table) {
        return new ForeignKey(name, List.of(column), QualifiedName.of(table), List.of("id"), null, null, null);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static int x(String svg, String table) {
        var m = Pattern.compile("data-table=\"" + table + "\"><rect x=\"(\\d+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
