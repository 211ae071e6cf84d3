package dev.shale.studio;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a route answers: status, content type, body and any extra headers (a download's file name). */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    static Response html(String page) {
        return html(200, page);
    }

    static Response html(int status, String page) {
        return new Response(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Response text(int status, String text) {
        return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Response download(String contentType, String fileName, String content) {
        return new Response(200, contentType, content.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
