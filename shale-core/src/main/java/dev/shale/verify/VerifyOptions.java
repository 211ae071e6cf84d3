package dev.shale.verify;

import dev.shale.ShaleException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code shale verify} rehearses, and on what.
 *
 * @param all             every migration of the directory, not only those pending on the environment
 * @param since           only the migrations added to the directory since this git ref (as {@code lint --since})
 * @param fromEnvironment rehearse on a copy of the environment's schema and history ({@code --from-env})
 *                        instead of a replay of the migrations before each one
 * @param sampleRows      copy up to this many rows per table from the environment first, and check that
 *                        each migration and its down keep them ({@code --sample-rows}); needs {@code fromEnvironment}
 */
public record VerifyOptions(boolean all, Optional<String> since, boolean fromEnvironment, OptionalInt sampleRows) {

    public VerifyOptions(boolean all) {
        this(all, Optional.empty(), false, OptionalInt.empty());
    }

    public static VerifyOptions pending() {
        return new VerifyOptions(false);
    }

    public static VerifyOptions everyMigration() {
        return new VerifyOptions(true);
    }

    /** Only the migrations added since {@code ref}; null for no such limit. */
    public VerifyOptions since(String ref) {
        return new VerifyOptions(all, Optional.ofNullable(ref), fromEnvironment, sampleRows);
    }

    /** Whether to rehearse the environment's pending migrations on a copy of its schema and history. */
    public VerifyOptions fromEnvironment(boolean copy) {
        return new VerifyOptions(all, since, copy, sampleRows);
    }

    /** Copy up to {@code rows} rows per table from the environment and check that they are kept; null for none. */
    public VerifyOptions sampleRows(Integer rows) {
        OptionalInt sample = rows == null ? OptionalInt.empty() : OptionalInt.of(rows);
        return new VerifyOptions(all, since, fromEnvironment, sample);
    }

    /** Refuses combinations that cannot mean anything. */
    void check() {
        if (sampleRows.isPresent() && !fromEnvironment) {
            throw ShaleException.usage("--sample-rows needs --from-env", "rows are copied from an environment: "
                    + "shale verify --from-env staging --sample-rows " + sampleRows.getAsInt());
        }
        if (sampleRows.isPresent() && sampleRows.getAsInt() <= 0) {
            throw ShaleException.usage("--sample-rows must be a positive number of rows per table, not "
                    + sampleRows.getAsInt(), "e.g. --sample-rows 100; leave it out to rehearse the schema only");
        }
        if (fromEnvironment && (all || since.isPresent())) {
            throw ShaleException.usage("--from-env rehearses the migrations pending on the environment; it cannot be "
                    + "combined with " + (all ? "--all" : "--since"), "leave out " + (all ? "--all" : "--since")
                    + ", or --from-env to rehearse on a replay of the migrations");
        }
    }
}
