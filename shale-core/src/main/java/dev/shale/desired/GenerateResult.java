package dev.shale.desired;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code generate} did.
 *
 * @param migrations the migrations, in the order they run: the main one, then the later stages
 *                   of a safe plan; empty when there was nothing to do
 * @param safeguards one line per safe transformation applied
 * @param todos      what the user must complete in the files before migrating
 * @param notes      what the reader of the migrations must know (the plan's notes)
 */
public record GenerateResult(SchemaChange change, List<GeneratedMigration> migrations, List<String> safeguards,
                             List<String> todos, List<String> notes) {
    public GenerateResult {
        migrations = List.copyOf(migrations);
        safeguards = List.copyOf(safeguards);
        todos = List.copyOf(todos);
        notes = List.copyOf(notes);
    }

    public boolean noChanges() {
        return change.isEmpty();
    }

    /** The main migration written; empty for a dry run or when there was nothing to do. */
    public Optional<Path> file() {
        return migrations.isEmpty() ? Optional.empty() : migrations.get(0).file();
    }

    /** The main migration's content; empty when there was nothing to do. */
    public String content() {
        return migrations.isEmpty() ? "" : migrations.get(0).content();
    }
}
