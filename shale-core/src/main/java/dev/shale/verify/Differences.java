package dev.shale.verify;

import dev.shale.compare.DriftDescriber;
import dev.shale.compare.DriftDifference;
import dev.shale.diff.SchemaDiffer;
import dev.shale.model.DatabaseSchema;
import java.util.List;

/**
 * Names, in words, how a schema differs from the one it should equal: what a down leaves
 * behind, what an up does differently the second time, where the migrations and the schema
 * files disagree.
 */
final class Differences {
    private Differences() {
    }

    /** {@code afterDown} should equal {@code before}, the schema before the up. */
    static List<String> afterDown(DatabaseSchema before, DatabaseSchema afterDown) {
        return SchemaDiffer.diff(before, afterDown).changes().stream().map(DriftDescriber::describe)
                .map(d -> switch (d.kind()) {
                    case ADDED -> "down leaves " + d.object() + " " + d.name();
                    case REMOVED -> "down drops " + d.object() + " " + d.name() + ", which was there before the up";
                    case CHANGED -> "down leaves " + d.object() + " " + d.name() + " different from before the up";
                }).toList();
    }

    /** {@code afterReUp} should equal {@code afterUp}, the schema the first up produced. */
    static List<String> afterReUp(DatabaseSchema afterUp, DatabaseSchema afterReUp) {
        return SchemaDiffer.diff(afterUp, afterReUp).changes().stream().map(DriftDescriber::describe)
                .map(d -> switch (d.kind()) {
                    case ADDED -> "up again creates " + d.object() + " " + d.name() + ", which the first up did not";
                    case REMOVED -> "up again lacks " + d.object() + " " + d.name() + ", which the first up created";
                    case CHANGED -> "up again leaves " + d.object() + " " + d.name() + " different from the first up";
                }).toList();
    }

    /** {@code schemaFiles} should equal {@code migrated}, the schema every migration produces. */
    static List<String> fromSchemaFiles(DatabaseSchema migrated, DatabaseSchema schemaFiles) {
        return SchemaDiffer.diff(migrated, schemaFiles).changes().stream().map(DriftDescriber::describe)
                .map(Differences::fromSchemaFiles).toList();
    }

    private static String fromSchemaFiles(DriftDifference d) {
        return switch (d.kind()) {
            case ADDED -> "the schema files have " + d.object() + " " + d.name() + ", which the migrations do not create";
            case REMOVED -> "the migrations create " + d.object() + " " + d.name() + ", which the schema files lack";
            case CHANGED -> d.object() + " " + d.name() + " differs between the migrations and the schema files";
        };
    }
}
