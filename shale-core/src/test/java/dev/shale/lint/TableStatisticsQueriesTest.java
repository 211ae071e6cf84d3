package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Reading table statistics costs the same number of queries for 3 tables as for 30. */
class TableStatisticsQueriesTest {

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void theNumberOfQueriesDoesNotGrowWithTheTables(TestDatabase db) throws SQLException {
        createTables(db, 0, 3);
        int few = queriesToRead(db);
        createTables(db, 3, 30);
        int many = queriesToRead(db);
        assertThat(many).isEqualTo(few).isPositive();
    }

    private static void createTables(TestDatabase db, int from, int to) {
        for (int i = from; i < to; i++) {
            db.execute("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY)");
        }
    }

    private static int queriesToRead(TestDatabase db) throws SQLException {
        AtomicInteger queries = new AtomicInteger();
        try (Connection readOnly = db.url().connectReadOnly()) {
            assertThat(db.dialect().statistics().read(counting(readOnly, queries))).hasSizeGreaterThanOrEqualTo(3);
        }
        return queries.get();
    }

    /** The connection, with every execute… of its statements counted. */
    private static Connection counting(Connection connection, AtomicInteger queries) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, connection, args);
                    return result instanceof Statement statement && method.getName().equals("createStatement")
                            ? Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                            (p, m, a) -> {
                                if (m.getName().startsWith("execute")) {
                                    queries.incrementAndGet();
                                }
                                return invoke(m, statement, a);
                            }) : result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
