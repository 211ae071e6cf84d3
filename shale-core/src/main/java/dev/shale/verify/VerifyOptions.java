package dev.shale.verify;

import java.util.Optional;

/**
 * What {@code shale verify} rehearses.
 *
 * @param all   every migration of the directory, not only those pending on the environment
 * @param since only the migrations added to the directory since this git ref (as {@code lint --since})
 */
public record VerifyOptions(boolean all, Optional<String> since) {

    public VerifyOptions(boolean all) {
        this(all, Optional.empty());
    }

    public static VerifyOptions pending() {
        return new VerifyOptions(false);
    }

    public static VerifyOptions everyMigration() {
        return new VerifyOptions(true);
    }

    /** Only the migrations added since {@code ref}; null for no such limit. */
    public VerifyOptions since(String ref) {
        return new VerifyOptions(all, Optional.ofNullable(ref));
    }
}
