package dev.shale.testing;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Provides one fresh {@link TestDatabase} per dialect of {@link OnEachDatabase}. The stream
 * is lazy, so each database is created just before its invocation; JUnit closes
 * {@link AutoCloseable} arguments after it, which drops the database.
 */
public final class FreshDatabases implements ArgumentsProvider, AnnotationConsumer<OnEachDatabase> {
    private TestDialect[] dialects;

    @Override
    public void accept(OnEachDatabase annotation) {
        this.dialects = annotation.value();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return Arrays.stream(dialects).map(d -> Arguments.of(TestDatabase.create(d)));
    }
}
