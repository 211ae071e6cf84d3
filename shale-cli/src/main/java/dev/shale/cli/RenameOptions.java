package dev.shale.cli;

import dev.shale.diff.RenameHints;
import dev.shale.desired.RenameCandidate;
import dev.shale.desired.RenameResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --rename} and {@code --no-rename}, and the terminal question about possible renames. */
final class RenameOptions {
    @Option(names = "--rename", paramLabel = "OLD=NEW", split = ",",
            description = "A rename, not a drop and an add: table.column=new_column or old_table=new_table "
                    + "(repeatable). Also written in the schema file as '-- shale:renamed-from OLD'.")
    private List<String> renames = new ArrayList<>();

    @Option(names = "--no-rename", description = "Treat every possible rename as a drop and an add, without asking.")
    private boolean noRename;

    List<String> flags() {
        return renames;
    }

    /** Asks on a terminal; without one, refuses (the error shows both ways) unless --no-rename. */
    RenameResolver resolver(Terminal terminal) {
        if (noRename) {
            return RenameResolver.KEEP_DROP_AND_ADD;
        }
        if (!terminal.interactive()) {
            return RenameResolver.REFUSE;
        }
        return candidates -> ask(candidates, terminal);
    }

    /** One question per candidate; once an old or a new name is taken, its other candidates are skipped. */
    private static RenameHints ask(List<RenameCandidate> candidates, Terminal terminal) {
        List<RenameCandidate> confirmed = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RenameCandidate candidate : candidates) {
            String oldName = candidate.table() + "." + candidate.from();
            String newName = candidate.table() + "->" + candidate.to();
            if (taken.contains(oldName) || taken.contains(newName)) {
                continue;
            }
            String answer = terminal.ask("rename " + candidate.describe() + ", or drop and add? [r/d] ");
            if (answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("r")) {
                confirmed.add(candidate);
                taken.add(oldName);
                taken.add(newName);
            }
        }
        return RenameCandidate.hints(confirmed);
    }
}
