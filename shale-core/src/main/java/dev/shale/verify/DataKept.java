package dev.shale.verify;

import java.util.List;

/**
 * Whether a migration and its rollback kept the sampled data ({@code verify --sample-rows}).
 *
 * @param upLosses   what the up loses (a dropped table or column, deleted rows, rewritten values):
 *                   reported, not a failure, as a destructive migration does it on purpose
 * @param downLosses data the down loses that the up left alone (rows, or values of a column the
 *                   migration does not touch): a failure
 */
public record DataKept(List<String> upLosses, List<String> downLosses) {

    public DataKept {
        upLosses = List.copyOf(upLosses);
        downLosses = List.copyOf(downLosses);
    }

    /** True when the down lost nothing the up had kept. */
    public boolean kept() {
        return downLosses.isEmpty();
    }
}
