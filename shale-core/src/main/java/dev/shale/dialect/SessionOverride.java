package dev.shale.dialect;

import java.util.List;

/**
 * Session settings changed around one statement: {@code before} runs just ahead of it and
 * {@code after} restores the session, whether the statement succeeded or not.
 */
public record SessionOverride(List<String> before, List<String> after) {
    public SessionOverride {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
