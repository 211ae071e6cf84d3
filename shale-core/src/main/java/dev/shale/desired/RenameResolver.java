package dev.shale.desired;

import dev.shale.diff.RenameHints;
import dev.shale.ShaleException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides about possible renames that no flag or directive settled: the command line asks
 * on a terminal; without one, {@code generate} refuses and {@code diff} keeps drop + add.
 */
@FunctionalInterface
public interface RenameResolver {

    /** The renames confirmed among {@code candidates}; the others stay drop + add. */
    RenameHints resolve(List<RenameCandidate> candidates);

    /** Keeps every candidate as drop + add (the caller reports them). */
    RenameResolver KEEP_DROP_AND_ADD = candidates -> RenameHints.NONE;

    /** Refuses to decide: the error shows both ways of saying what was meant. */
    RenameResolver REFUSE = candidates -> {
        throw ShaleException.usage("possible rename, not guessed: " + candidates.stream()
                        .map(RenameCandidate::describe).collect(Collectors.joining("; ")),
                "say which: --rename " + candidates.get(0).flag() + " (or a '-- shale:renamed-from "
                        + (candidates.get(0).isTable() ? candidates.get(0).table().name() : candidates.get(0).from())
                        + "' comment beside it in the schema file), or --no-rename to drop and add");
    };
}
