package dev.shale.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The stylesheet and script the pages load, served from the studio's own resources. */
final class Assets implements Page {
    private static final Map<String, String> TYPES = Map.of(
            "/assets/studio.css", "text/css; charset=utf-8",
            "/assets/studio.js", "text/javascript; charset=utf-8");

    static boolean serves(String path) {
        return TYPES.containsKey(path);
    }

    @Override
    public Response render(Request request) {
        String name = request.path().substring("/assets/".length());
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                return Response.text(404, "not found");
            }
            return new Response(200, TYPES.get(request.path()), in.readAllBytes(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
