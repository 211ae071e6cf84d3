package dev.shale.verify;

import dev.shale.ExitCode;
import java.util.List;
import java.util.Optional;

/**
 * What {@code shale verify} found: one verdict per rehearsed migration, in version order, and,
 * when the project has schema files, whether the migrations end at them.
 *
 * @param dialect     the database the rehearsal ran on
 * @param schemaFiles empty when the project has no schema files
 */
public record VerifyReport(String dialect, List<MigrationVerdict> migrations, Optional<SchemaFilesCheck> schemaFiles) {

    public VerifyReport {
        migrations = List.copyOf(migrations);
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
