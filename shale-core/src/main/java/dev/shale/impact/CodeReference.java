package dev.shale.impact;

import java.nio.file.Path;

/**
 * A line of application source that names a table or column.
 *
 * @param file    the source file, relative to the scanned directory
 * @param line    the line number (1-based)
 * @param snippet the line, trimmed and cut to a readable length
 */
public record CodeReference(Path file, int line, String snippet) {
    /** {@code file:line: snippet}, as text output prints it. */
    public String display() {
        return file.toString().replace('\\', '/') + ":" + line + ": " + snippet;
    }
}
