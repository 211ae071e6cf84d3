package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The statements written for a model: order, quoting, and refusal of what cannot be written safely. */
class MysqlDdlRendererTest {
    private final MysqlDdlRenderer renderer = new MysqlDdlRenderer(new MysqlDialect()::quote);

    @Test
    void tablesComeFirstThenForeignKeysThenViewsAfterTheViewsTheyUse() {
        Table node = new Table(QualifiedName.of("we`ird"), List.of(Column.of("id", "int", false),
                Column.of("parent", "int", true)), new PrimaryKey(null, List.of("id")), List.of(),
                List.of(new ForeignKey("up", List.of("parent"), QualifiedName.of("we`ird"), List.of("id"),
                        ForeignKey.Action.CASCADE, null, null)), List.of(), List.of(), null, null);
        View first = new View(QualifiedName.of("a_outer"), "select `id` AS `id` from `z_inner`", false, null);
        View second = new View(QualifiedName.of("z_inner"), "select `id` AS `id` from `we``ird`", false, null);
        DatabaseSchema schema = new DatabaseSchema("mysql", List.of(), List.of(node), List.of(first, second),
                List.of(), List.of(), List.of());

        assertThat(renderer.createStatements(schema)).containsExactly(
                "CREATE TABLE `we``ird` (\n  `id` int NOT NULL,\n  `parent` int,\n  PRIMARY KEY (`id`)\n)",
                "ALTER TABLE `we``ird` ADD CONSTRAINT `up` FOREIGN KEY (`parent`) REFERENCES `we``ird` (`id`)"
                        + " ON DELETE CASCADE",
                "CREATE VIEW `z_inner` AS select `id` AS `id` from `we``ird`",
                "CREATE VIEW `a_outer` AS select `id` AS `id` from `z_inner`");
    }

    @Test
    void anEngineNameThatIsNotAWordIsRefusedRatherThanWritten() {
        Table table = new Table(QualifiedName.of("t"), List.of(Column.of("id", "int", false)), null, List.of(),
                List.of(), List.of(), List.of(), null, new TreeMap<>(Map.of("engine", "InnoDB; DROP TABLE x")));
        DatabaseSchema schema = new DatabaseSchema("mysql", List.of(), List.of(table), List.of(), List.of(),
                List.of(), List.of());

        assertThatThrownBy(() -> renderer.createStatements(schema)).isInstanceOf(IllegalArgumentException.class);
    }
}
