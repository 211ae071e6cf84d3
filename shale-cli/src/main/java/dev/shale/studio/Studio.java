package dev.shale.studio;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Shale Studio: a small read-only web server (the JDK's {@link HttpServer}) with pages for the
 * project's environments, migrations, comparisons and schemas. Bound to the loopback interface it
 * needs no token; bound to another address every request needs the random access token in
 * {@link #url()}.
 */
public final class Studio implements AutoCloseable {
    /** How long a page waits for a database to accept a connection before showing it as unreachable. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final HttpServer server;
    private final ExecutorService workers;
    private final AccessGuard guard;
    private final String host;

    private Studio(HttpServer server, ExecutorService workers, AccessGuard guard, String host) {
        this.server = server;
        this.workers = workers;
        this.guard = guard;
        this.host = host;
    }

    /**
     * Starts serving {@code project}. Sets the JDBC login timeout of this process to
     * {@value #CONNECT_TIMEOUT_SECONDS} seconds when none is set, so an unreachable environment fails fast.
     *
     * @param host the address to bind; a loopback address needs no token
     * @param port the port, 0 for a free one
     * @param bugs told of failures that are bugs in Shale (not database or configuration errors)
     */
    public static Studio start(StudioProject project, String host, int port, Consumer<RuntimeException> bugs) {
        // A database that does not answer must not hold a page for the drivers' default (30 s and more).
        if (DriverManager.getLoginTimeout() == 0) {
            DriverManager.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        }
        AccessGuard guard = isLoopback(host) ? AccessGuard.loopbackOnly() : AccessGuard.withRandomToken();
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("/", new EnvironmentsPage(project));
        pages.put("/migrations", new MigrationsPage(project));
        pages.put("/compare", new ComparePage(project));
        pages.put("/compare/report.md", new CompareDownload(project, CompareDownload.Kind.MARKDOWN));
        pages.put("/compare/report.html", new CompareDownload(project, CompareDownload.Kind.HTML));
        pages.put("/schema", new SchemaPage(project));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
            ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "shale-studio");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(workers);
            server.createContext("/", new Router(guard, pages, bugs));
            server.start();
            return new Studio(server, workers, guard, host);
        } catch (IOException e) {
            throw dev.shale.ShaleException.usage("cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    "choose another --port (0 picks a free one) or --host");
        }
    }

    /** True for addresses only this machine can reach, where the studio needs no token. */
    public static boolean isLoopback(String host) {
        return List.of("127.0.0.1", "localhost", "::1", "[::1]").contains(host);
    }

    private static boolean isWildcard(String host) {
        return List.of("0.0.0.0", "::", "[::]").contains(host);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "0.0.0.0";
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open: with {@code ?token=} when the studio needs one. */
    public URI url() {
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        if (isWildcard(host)) {
            shown = localHostName(); // 0.0.0.0 cannot be opened from another machine; this machine's name can
        }
        return URI.create("http://" + shown + ":" + port() + "/" + guard.token().map(t -> "?token=" + t).orElse(""));
    }

    /** The access token, when the studio is bound to a non-loopback address. */
    public Optional<String> token() {
        return guard.token();
    }

    /** Stops accepting requests, lets running ones finish for a second, and stops the workers. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }
}
