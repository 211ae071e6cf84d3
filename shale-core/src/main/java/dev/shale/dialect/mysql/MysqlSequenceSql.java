package dev.shale.dialect.mysql;

import dev.shale.ShaleException;
import dev.shale.model.Sequence;
import java.util.function.UnaryOperator;

/**
 * MariaDB sequence statements (https://mariadb.com/kb/en/create-sequence/,
 * https://mariadb.com/kb/en/alter-sequence/). The value type is always bigint before
 * MariaDB 11.5 ({@code AS type}); MySQL has no sequences at all.
 */
final class MysqlSequenceSql {
    private final UnaryOperator<String> quote;

    MysqlSequenceSql(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    String create(Sequence s) {
        String as = s.dataType().equals("bigint") ? "" : " AS " + s.dataType();
        return "CREATE SEQUENCE " + quote.apply(s.name().name()) + as + settings(s);
    }

    /**
     * Every setting of the target, which is simpler to review than a list of differences.
     * START WITH changes the start value only: the next value a session gets is unchanged
     * (no RESTART), so a sequence in use keeps counting where it was.
     */
    String alter(Sequence from, Sequence to) {
        if (!from.dataType().equals(to.dataType())) {
            throw ShaleException.usage("changing the value type of sequence '" + to.name() + "' is not supported on MySQL/MariaDB",
                    "create a new sequence of the wanted type and move the defaults that use it");
        }
        return "ALTER SEQUENCE " + quote.apply(to.name().name()) + settings(to);
    }

    String drop(Sequence s) {
        return "DROP SEQUENCE " + quote.apply(s.name().name());
    }

    private static String settings(Sequence s) {
        return " START WITH " + s.start() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue()
                + " MAXVALUE " + s.maxValue() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NOCYCLE");
    }
}
