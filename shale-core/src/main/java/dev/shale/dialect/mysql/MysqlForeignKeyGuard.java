package dev.shale.dialect.mysql;

import dev.shale.diff.Change;
import dev.shale.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Foreign keys that must be dropped around a column change and added back afterwards: the
 * server refuses to change the type or character set of a column that a foreign key uses,
 * on either side (error 1832, "Cannot change column … used in a foreign key constraint").
 * Adding the key back checks every row again.
 */
final class MysqlForeignKeyGuard {
    private static final Set<Change.ColumnAspect> GUARDED = Set.of(Change.ColumnAspect.TYPE, Change.ColumnAspect.COLLATION);

    private final UnaryOperator<String> quote;
    private final Map<MysqlKeptForeignKey, Change.AlterColumn> guarded = new LinkedHashMap<>();

    MysqlForeignKeyGuard(UnaryOperator<String> quote, List<MysqlKeptForeignKey> kept, List<Change> changes) {
        this.quote = quote;
        for (Change change : changes) {
            if (change instanceof Change.AlterColumn alter && alter.what().stream().anyMatch(GUARDED::contains)) {
                kept.stream().filter(fk -> fk.uses(alter.table(), alter.to().name()))
                        .forEach(fk -> guarded.putIfAbsent(fk, alter));
            }
        }
    }

    boolean guards(MysqlKeptForeignKey key) {
        return guarded.containsKey(key);
    }

    List<PlannedStatement> drops(List<String> notes) {
        List<PlannedStatement> out = new ArrayList<>();
        guarded.forEach((fk, alter) -> {
            out.add(new PlannedStatement("ALTER TABLE " + quote.apply(fk.table().name()) + " DROP FOREIGN KEY "
                    + quote.apply(fk.foreignKey().name()), alter, false));
            notes.add("foreign key '" + fk.foreignKey().name() + "' of table '" + fk.table()
                    + "' is dropped and added back around the change of column '" + alter.to().name()
                    + "' (the server refuses to change a column a foreign key uses); adding it back checks every row");
        });
        return out;
    }

    List<PlannedStatement> restores() {
        MysqlTableRenderer render = new MysqlTableRenderer(quote);
        List<PlannedStatement> out = new ArrayList<>();
        guarded.forEach((fk, alter) -> out.add(new PlannedStatement("ALTER TABLE " + quote.apply(fk.table().name())
                + " ADD " + render.foreignKey(fk.foreignKey()), alter, false)));
        return out;
    }
}
