package dev.shale.lint.format;

import java.nio.file.Path;

/** Writes a migration's path relative to the directory the report is for, with forward slashes. */
record ReportPaths(Path baseDir) {
    String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
