package dev.shale.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends each request to its page after the access check. Only GET and HEAD are answered: the studio
 * has nothing that changes anything. A page that fails answers an error page in words, never a stack trace.
 */
final class Router implements HttpHandler {
    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final AccessGuard guard;
    private final Map<String, Page> pages;
    private final Page assets = new Assets();
    private final Consumer<RuntimeException> bugs;

    /** @param bugs told of every failure that is not a {@link ShaleException} (a bug in Shale) */
    Router(AccessGuard guard, Map<String, Page> pages, Consumer<RuntimeException> bugs) {
        this.guard = guard;
        this.pages = Map.copyOf(pages);
        this.bugs = bugs;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            AccessGuard.Verdict verdict = guard.check(exchange);
            if (!verdict.admitted()) {
                send(exchange, Response.text(verdict.status(), verdict.reason() + "\n"));
                return;
            }
            verdict.setCookie().ifPresent(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                send(exchange, Response.text(405, "the studio is read-only\n"));
                return;
            }
            send(exchange, route(Request.of(exchange.getRequestURI())));
        }
    }

    private Response route(Request request) {
        Page page = Assets.serves(request.path()) ? assets : pages.get(request.path());
        if (page == null) {
            return Response.html(404, Layout.page("Not found", request.path(), java.util.List.of(),
                    Layout.notice("error", "There is no page " + request.path() + ".")));
        }
        try {
            return page.render(request);
        } catch (ShaleException e) {
            return Response.html(status(e), Layout.page("Error", request.path(), java.util.List.of(),
                    Layout.notice("error", DatabaseUrl.redact(e.getMessage()))
                            + e.hint().map(h -> Layout.notice("hint", "hint: " + h)).orElse("")));
        } catch (RuntimeException e) {
            bugs.accept(e);
            return Response.html(500, Layout.page("Error", request.path(), java.util.List.of(),
                    Layout.notice("error", "internal error in Shale Studio: " + e.getClass().getSimpleName()
                            + " (details in the terminal that runs 'shale studio')")));
        }
    }

    /** Bad input is the visitor's (400), an unreachable database the server's neighbour's (503), the rest 500. */
    private static int status(ShaleException e) {
        return switch (e.exitCode()) {
            case USAGE -> 400;
            case DATABASE_UNAVAILABLE -> 503;
            default -> 500;
        };
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("Content-Security-Policy", SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        response.headers().forEach(headers::set);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
        if (!head) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(response.body());
            }
        }
    }
}
