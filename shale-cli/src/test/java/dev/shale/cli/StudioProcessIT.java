package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code shale studio}: prints its URL, serves, and stops when the process is told to. */
class StudioProcessIT {
    @TempDir
    Path dir;

    @Test
    void printsTheUrlServesThePagesAndStopsCleanlyOnInterrupt() throws Exception {
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"sqlite:dev.db\"\n");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("shale.jar"), "studio")).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).matches("Shale Studio: http://127\\.0\\.0\\.1:\\d+/");
            URI url = URI.create(line.substring("Shale Studio: ".length()));

            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Environments</h1>", "data-environment=\"dev\"");

            process.destroy(); // SIGTERM: the same shutdown path as Ctrl-C's SIGINT
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped").isTrue();
            assertThat(refused(url)).isTrue();
            assertThat(Files.exists(dir.resolve("dev.db"))).as("never created the database").isFalse();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void onAnotherAddressItPrintsAUrlWithTheTokenAndRefusesVisitorsWithoutIt() throws Exception {
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"sqlite:dev.db\"\n");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("shale.jar"), "studio", "--host", "0.0.0.0")).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).matches("Shale Studio: http://[^/]+:\\d+/\\?token=[0-9a-f]{32}");
            URI url = URI.create(line.substring("Shale Studio: ".length()));
            HttpClient http = HttpClient.newHttpClient();
            URI local = URI.create("http://127.0.0.1:" + url.getPort() + "/");

            assertThat(http.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(local.resolve("/?" + url.getQuery())).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    private static boolean refused(URI url) {
        try (Socket ignored = new Socket(url.getHost(), url.getPort())) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
