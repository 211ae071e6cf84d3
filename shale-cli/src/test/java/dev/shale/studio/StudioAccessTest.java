package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may reach the studio, and that it answers only reads; on a SQLite project, without a browser. */
class StudioAccessTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void onTheLoopbackInterfaceNoTokenIsNeededButOtherHostNamesAreRefused() throws Exception {
        StudioProject project = StudioFixture.project(dir, Map.of("dev", "sqlite:dev.db"));
        try (Studio studio = Studio.start(project, "127.0.0.1", 0, e -> { })) {
            assertThat(studio.token()).isEmpty();
            assertThat(studio.url().toString()).isEqualTo("http://127.0.0.1:" + studio.port() + "/");

            HttpResponse<String> page = get(studio.url().resolve("/compare"), null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Compare</h1>");

            assertThat(rawStatus(studio.port(), "GET", "attacker.example")).isEqualTo(403);
        }
    }

    @Test
    void onAnotherAddressEveryRequestNeedsTheTokenThenItsCookie() throws Exception {
        StudioProject project = StudioFixture.project(dir, Map.of("dev", "sqlite:dev.db"));
        try (Studio studio = Studio.start(project, "0.0.0.0", 0, e -> { })) {
            String token = studio.token().orElseThrow();
            assertThat(token).hasSize(32);
            assertThat(studio.url().toString()).endsWith(":" + studio.port() + "/?token=" + token)
                    .doesNotContain("0.0.0.0");
            URI base = URI.create("http://127.0.0.1:" + studio.port());

            assertThat(get(base.resolve("/compare"), null).statusCode()).isEqualTo(401);
            assertThat(get(base.resolve("/assets/studio.css"), null).statusCode()).isEqualTo(401);
            assertThat(get(base.resolve("/compare?token=wrong"), null).statusCode()).isEqualTo(403);
            HttpResponse<String> admitted = get(base.resolve("/compare?token=" + token), null);
            assertThat(admitted.statusCode()).isEqualTo(200);
            String cookie = admitted.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith(AccessGuard.COOKIE + "=" + token).contains("HttpOnly");

            assertThat(get(base.resolve("/compare"), cookie.split(";")[0]).statusCode()).isEqualTo(200);
            assertThat(get(base.resolve("/compare"), AccessGuard.COOKIE + "=guess").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void onlyReadsAreAnsweredAndUnknownPagesAre404() throws Exception {
        StudioProject project = StudioFixture.project(dir, Map.of("dev", "sqlite:dev.db"));
        try (Studio studio = Studio.start(project, "127.0.0.1", 0, e -> { })) {
            assertThat(rawStatus(studio.port(), "POST", "127.0.0.1")).isEqualTo(405);
            assertThat(get(studio.url().resolve("/nothing-here"), null).statusCode()).isEqualTo(404);
            HttpResponse<String> incomplete = get(studio.url().resolve("/compare/report.md"), null);
            assertThat(incomplete.statusCode()).isEqualTo(400);
            assertThat(incomplete.body()).contains("the report needs a source", "hint: choose both sides")
                    .doesNotContain("Exception");
            HttpResponse<String> unknown = get(studio.url().resolve("/compare?source=%3Cb%3E&target=dev"), null);
            assertThat(unknown.body()).contains("cannot compare: &#39;&lt;b&gt;&#39; is not an environment");
            HttpResponse<String> css = get(studio.url().resolve("/assets/studio.css"), null);
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            assertThat(css.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'");
        }
    }

    private HttpResponse<String> get(URI uri, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a Host header of our choosing, which the JDK's client does not allow. */
    private static int rawStatus(int port, String method, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " / HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
