package dev.shale.db;

import dev.shale.dialect.SessionReset;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection borrowed from the application's DataSource. Shale uses it like any other; its
 * {@code close()} first puts the session back as it was borrowed (an open transaction rolled
 * back, auto-commit and read-only flags, the dialect's {@link SessionReset}) and only then hands
 * it back to the pool. When that fails the connection is aborted, so a pool never reuses a
 * session that still carries Shale's settings.
 */
final class BorrowedConnection implements InvocationHandler {
    private final Connection pooled;
    private final boolean autoCommit;
    private final boolean readOnly;
    private final SessionReset reset;
    private boolean closed;

    private BorrowedConnection(Connection pooled, SessionReset reset) throws SQLException {
        this.pooled = pooled;
        this.autoCommit = pooled.getAutoCommit();
        this.readOnly = pooled.isReadOnly();
        this.reset = reset;
    }

    /** Borrows a connection from {@code url}'s DataSource; failures are explained by the dialect. */
    static Connection borrow(DatabaseUrl url) {
        Connection pooled;
        try {
            pooled = url.dataSource().getConnection();
        } catch (SQLException e) {
            throw url.dialect().explainConnectFailure(e, url);
        }
        try {
            BorrowedConnection handler = new BorrowedConnection(pooled, url.dialect().sessionReset(pooled));
            return (Connection) Proxy.newProxyInstance(BorrowedConnection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        } catch (SQLException e) {
            closeQuietly(pooled);
            throw url.dialect().explainConnectFailure(e, url);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                giveBack();
                return null;
            }
            case "isClosed" -> {
                return closed || pooled.isClosed();
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "borrowed " + pooled;
            }
            default -> {
                if (closed) {
                    throw new SQLException("the connection was handed back to the DataSource", "08003");
                }
                try {
                    return method.invoke(pooled, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }

    private void giveBack() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!pooled.isClosed()) {
                restore();
            }
        } catch (SQLException | RuntimeException e) {
            // A session whose reset failed may still hold a lock or a timeout: never let the pool reuse it.
            abortQuietly(e);
            throw e;
        } finally {
            pooled.close();
        }
    }

    private void restore() throws SQLException {
        // Shale commits what it means to keep; the reset statements then run outside any transaction.
        if (!pooled.getAutoCommit()) {
            pooled.rollback();
            pooled.setAutoCommit(true);
        }
        reset.reset(pooled);
        if (pooled.isReadOnly() != readOnly) {
            pooled.setReadOnly(readOnly);
        }
        if (!autoCommit) {
            pooled.setAutoCommit(false);
        }
    }

    private void abortQuietly(Exception failure) {
        try {
            pooled.abort(Runnable::run);
        } catch (SQLException | RuntimeException abortFailure) {
            failure.addSuppressed(abortFailure);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Borrowing failed; that failure is the one reported.
        }
    }
}
