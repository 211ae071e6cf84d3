package dev.shale.lint;

import java.nio.file.Path;

/**
 * A finding accepted in the migration itself: {@code -- shale:approve DS102 "column unused since v2.3"}.
 *
 * @param ruleId the rule it accepts
 * @param reason why, as the reviewer reads it
 * @param file   the migration file
 * @param line   the directive's line (1-based)
 */
public record Approval(String ruleId, String reason, Path file, int line) {
}
