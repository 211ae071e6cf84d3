package dev.shale.project;

import java.nio.file.Path;
import java.util.List;

/** What {@code shale init} did: the files and folders it created and those it left as they were. */
public record InitResult(List<Path> created, List<Path> kept) {
}
