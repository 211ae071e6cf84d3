package dev.shale.plan;

import java.util.List;

/**
 * A column rename as two migrations: {@code expand} adds the new column, keeps both in sync and
 * copies the values, so the running release and the next one both work; {@code contract}, run
 * once no release uses the old name, removes the old column and the sync.
 *
 * @param expandUp     statements of the expand migration (run one by one, outside a transaction)
 * @param expandDown   its down section
 * @param contractUp   statements of the contract migration (run one by one, outside a transaction)
 * @param contractDown its down section, back to the state after expand
 * @param notes        what the reader must know (e.g. what the application does meanwhile)
 */
public record ExpandContract(List<String> expandUp, List<String> expandDown, List<String> contractUp,
                             List<String> contractDown, List<String> notes) {
    public ExpandContract {
        expandUp = List.copyOf(expandUp);
        expandDown = List.copyOf(expandDown);
        contractUp = List.copyOf(contractUp);
        contractDown = List.copyOf(contractDown);
        notes = List.copyOf(notes);
    }
}
