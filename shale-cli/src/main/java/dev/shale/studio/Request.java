package dev.shale.studio;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A GET request as a page sees it: the path and the query parameters (first value of each). */
record Request(String path, Map<String, String> parameters) {

    static Request of(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                parameters.putIfAbsent(key, value);
            }
        }
        return new Request(uri.getPath(), Map.copyOf(parameters));
    }

    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(v -> !v.isBlank());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
