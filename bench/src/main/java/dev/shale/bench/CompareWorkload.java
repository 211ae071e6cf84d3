package dev.shale.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison workload: the inspect workload twice, the source copy altered in one table of
 * ten (200 places at 2,000 tables), in turn a column added (safe), a column dropped (breaking) and
 * an index dropped. PostgreSQL SQL, written to be run again on an altered copy without effect.
 */
final class CompareWorkload {
    private CompareWorkload() {
    }

    /** The statements that turn a copy of the inspect workload into the source; one per altered table. */
    static List<String> alterations(int tables) {
        List<String> sql = new ArrayList<>();
        for (int i = 10; i <= tables; i += 10) {
            String t = InspectWorkload.table(i);
            sql.add(switch ((i / 10) % 3) {
                case 0 -> "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS bench_extra integer";
                case 1 -> "ALTER TABLE " + t + " DROP COLUMN IF EXISTS note";
                default -> "DROP INDEX IF EXISTS " + t + "_name_idx";
            });
        }
        return sql;
    }
}
