package dev.shale.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code shale codegen java} did in the output directory.
 *
 * @param written   files created or changed
 * @param unchanged files whose content was already the generated one (not touched)
 * @param removed   files Shale had generated for tables or enum types that no longer exist
 */
public record CodegenResult(List<Path> written, List<Path> unchanged, List<Path> removed) {
    public CodegenResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
    }
}
