package dev.shale.desired;

import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.db.DatabaseUrl;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Picks the database that reads SQL sources: the dialect of a live database among the
 * sources (SQL files are written for it), else the environment's. Two live databases of
 * different dialects cannot be compared.
 */
public final class SourceDialects {
    private SourceDialects() {
    }

    /** {@code environment}, or the same on a live source's database when that is of another dialect. */
    public static Environment environmentFor(Environment environment, SchemaSource... sources) {
        Optional<DatabaseUrl> live = Stream.of(sources)
                .filter(s -> s instanceof SchemaSource.LiveDatabase).map(s -> ((SchemaSource.LiveDatabase) s).url())
                .reduce((a, b) -> {
                    if (!a.dialect().equals(b.dialect())) {
                        throw ShaleException.usage("cannot compare " + a.dialect().displayName() + " with "
                                        + b.dialect().displayName() + " (" + a.display() + " and " + b.display() + ")",
                                "compare databases of the same kind");
                    }
                    return a;
                });
        if (live.isEmpty() || live.get().dialect().equals(environment.url().dialect())) {
            return environment;
        }
        // SQL files beside a database of another dialect than the environment's: read them on its server.
        return environment.withUrl(live.get());
    }
}
