package dev.shale.studio;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Who may see the studio. Bound to the loopback interface, anyone on this machine may, but only
 * through a loopback host name (so that a web page elsewhere cannot reach it by DNS rebinding).
 * Bound to another address, every request needs the access token: as {@code ?token=} once, after
 * which a cookie carries it.
 */
final class AccessGuard {
    static final String COOKIE = "shale_studio_token";
    private static final List<String> LOOPBACK_HOSTS = List.of("127.0.0.1", "localhost", "[::1]");

    private final Optional<String> token;

    private AccessGuard(Optional<String> token) {
        this.token = token;
    }

    /** For a studio bound to the loopback interface: no token. */
    static AccessGuard loopbackOnly() {
        return new AccessGuard(Optional.empty());
    }

    /** For a studio reachable from other machines: a random token of 128 bits. */
    static AccessGuard withRandomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return new AccessGuard(Optional.of(HexFormat.of().formatHex(bytes)));
    }

    Optional<String> token() {
        return token;
    }

    /** The outcome for one request: admitted (perhaps with a cookie to set) or refused with a status. */
    record Verdict(boolean admitted, int status, String reason, Optional<String> setCookie) {
    }

    Verdict check(HttpExchange exchange) {
        if (token.isEmpty()) {
            String host = hostName(exchange.getRequestHeaders().getFirst("Host"));
            return LOOPBACK_HOSTS.contains(host) ? new Verdict(true, 200, "", Optional.empty())
                    : new Verdict(false, 403, "the studio answers only to 127.0.0.1 or localhost", Optional.empty());
        }
        Optional<String> fromQuery = Request.of(exchange.getRequestURI()).parameter("token");
        if (fromQuery.isPresent()) {
            return matches(fromQuery.get())
                    ? new Verdict(true, 200, "", Optional.of(COOKIE + "=" + token.get()
                            + "; Path=/; HttpOnly; SameSite=Strict"))
                    : new Verdict(false, 403, "wrong access token", Optional.empty());
        }
        Optional<String> fromCookie = cookie(exchange.getRequestHeaders().getFirst("Cookie"));
        if (fromCookie.isPresent() && matches(fromCookie.get())) {
            return new Verdict(true, 200, "", Optional.empty());
        }
        return new Verdict(false, 401, "this studio needs its access token: open the URL 'shale studio' printed",
                Optional.empty());
    }

    private boolean matches(String candidate) {
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                token.orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> cookie(String header) {
        if (header == null) {
            return Optional.empty();
        }
        for (String part : header.split(";")) {
            String trimmed = part.trim();
            if (trimmed.startsWith(COOKIE + "=")) {
                return Optional.of(trimmed.substring(COOKIE.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static String hostName(String header) {
        if (header == null) {
            return "";
        }
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            return end < 0 ? header : header.substring(0, end + 1);
        }
        int colon = header.indexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }
}
