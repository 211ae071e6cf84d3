package dev.shale.verify;

/**
 * What {@code shale verify} rehearses.
 *
 * @param all every migration of the directory, not only those pending on the environment
 */
public record VerifyOptions(boolean all) {

    public static VerifyOptions pending() {
        return new VerifyOptions(false);
    }

    public static VerifyOptions everyMigration() {
        return new VerifyOptions(true);
    }
}
