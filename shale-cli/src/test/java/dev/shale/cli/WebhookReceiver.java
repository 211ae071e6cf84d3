package dev.shale.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real local HTTP server standing in for a chat webhook: records every body, fails the first N posts. */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    WebhookReceiver(int failFirst) throws IOException {
        this.failuresLeft = new AtomicInteger(failFirst);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/T000/B000/secret-token", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/T000/B000/secret-token";
    }

    /** Every body received, failed attempts included. */
    List<String> bodies() {
        return bodies;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
