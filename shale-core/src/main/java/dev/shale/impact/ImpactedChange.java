package dev.shale.impact;

import java.util.List;

/**
 * A change that can break code, and the source lines that name what it changes.
 *
 * @param name       the changed table or column
 * @param references the lines that name it, in file and line order; empty when none does
 */
public record ImpactedChange(ImpactedName name, List<CodeReference> references) {
    public ImpactedChange {
        references = List.copyOf(references);
    }
}
