package dev.shale.lint;

import dev.shale.ShaleException;
import dev.shale.migrate.MigrationState;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.files.AddedSince;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Picks the migrations to lint from the directory: given files, added since a git ref, or pending. */
public final class LintTargets {
    private final MigrationSet set;

    public LintTargets(MigrationSet set) {
        this.set = set;
    }

    public List<MigrationScript> select(LintOptions options, Supplier<List<MigrationStatus>> status) {
        if (!options.files().isEmpty()) {
            return named(options.files().stream().map(LintTargets::fileName).collect(Collectors.toSet()),
                    true);
        }
        if (options.since().isPresent()) {
            return named(AddedSince.fileNames(set.dir(), options.since().get()), false);
        }
        return named(status.get().stream().filter(s -> s.state() == MigrationState.PENDING)
                .map(MigrationStatus::script).collect(Collectors.toSet()), false);
    }

    private List<MigrationScript> named(Set<String> names, boolean mustExist) {
        List<MigrationScript> scripts = set.versioned().stream().filter(s -> names.contains(s.script())).toList();
        if (mustExist && scripts.size() < names.size()) {
            Set<String> known = scripts.stream().map(MigrationScript::script).collect(Collectors.toSet());
            String missing = names.stream().filter(n -> !known.contains(n)).sorted().collect(Collectors.joining(", "));
            throw ShaleException.usage("not a versioned migration of " + set.dir() + ": " + missing,
                    "lint reads migrations of the project's migration directory; check the file names");
        }
        return scripts;
    }

    private static String fileName(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ShaleException.usage("no such migration file: " + file, "give paths of migration files");
        }
        return file.getFileName().toString();
    }
}
