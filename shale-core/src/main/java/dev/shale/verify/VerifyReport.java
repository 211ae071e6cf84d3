package dev.shale.verify;

import dev.shale.ExitCode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code shale verify} found: one verdict per rehearsed migration, in version order, and,
 * when the project has schema files, whether the migrations end at them.
 *
 * @param dialect     the database the rehearsal ran on
 * @param schemaFiles empty when the project has no schema files
 * @param copyOf      the environment whose copy the rehearsal ran on ({@code --from-env}), if any
 * @param sampleRows  the rows per table copied from it ({@code --sample-rows}), if any
 */
public record VerifyReport(String dialect, List<MigrationVerdict> migrations, Optional<SchemaFilesCheck> schemaFiles,
                           Optional<String> copyOf, OptionalInt sampleRows) {

    public VerifyReport {
        migrations = List.copyOf(migrations);
    }

    /** {@code on a copy of environment staging with up to 100 rows per table}; empty on a replay. */
    public Optional<String> source() {
        return copyOf.map(env -> "on a copy of environment " + env + (sampleRows.isPresent()
                ? " with up to " + sampleRows.getAsInt() + " rows per table" : ""));
    }

    public boolean passed() {
        return migrations.stream().allMatch(MigrationVerdict::passed)
                && schemaFiles.map(SchemaFilesCheck::passed).orElse(true);
    }

    public long failures() {
        return migrations.stream().filter(m -> !m.passed() && !m.skipped()).count();
    }

    /** 0 when everything passed, 1 otherwise. */
    public ExitCode exitCode() {
        return passed() ? ExitCode.OK : ExitCode.PROBLEMS_FOUND;
    }
}
