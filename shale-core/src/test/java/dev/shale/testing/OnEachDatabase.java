package dev.shale.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once per real database, each time with a fresh {@link TestDatabase} as its
 * first parameter, dropped when the test ends:
 *
 * <pre>{@code
 * @OnEachDatabase
 * void createsTheHistoryTable(TestDatabase db) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(FreshDatabases.class)
public @interface OnEachDatabase {
    /** The databases to run on; all three by default. */
    TestDialect[] value() default {TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE};
}
