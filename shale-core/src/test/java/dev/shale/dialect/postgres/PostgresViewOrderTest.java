package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views come after the views they select from, recognised by their qualified names. */
class PostgresViewOrderTest {
    private final PostgresViewOrder order = new PostgresViewOrder(new PostgresNames(new PostgresDialect()));

    private static View view(String schema, String name, String definition) {
        return new View(QualifiedName.of(schema, name), definition, false, null);
    }

    @Test
    void aViewOnAViewComesAfterIt() {
        View top = view("a", "top", "SELECT x FROM \"My Schema\".\"Base View\"");
        View base = view("My Schema", "Base View", "SELECT 1 AS x");

        assertThat(order.order(List.of(top, base))).containsExactly(base, top);
    }

    @Test
    void aNameThatOnlyStartsLikeAnotherViewIsNotADependency() {
        View v1 = view("public", "v1", "SELECT y FROM public.v10");
        View v10 = view("public", "v10", "SELECT 1 AS y FROM public.v100");

        assertThat(order.order(List.of(v1, v10))).containsExactly(v10, v1);
    }

    @Test
    void independentViewsKeepTheirOrder() {
        View a = view("public", "a", "SELECT 1");
        View b = view("public", "b", "SELECT 2");

        assertThat(order.order(List.of(a, b))).containsExactly(a, b);
    }

    @Test
    void aReservedWordNameIsRecognisedQuoted() {
        View user = view("public", "select", "SELECT 1 AS id");
        View reader = view("public", "reader", "SELECT id FROM public.\"select\"");

        assertThat(order.order(List.of(reader, user))).containsExactly(user, reader);
    }
}
