package org.troubleshoot.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.Generator;

/** The serve command as a writer uses it: save a file, and the browser follows. */
class DevServerTest {
    @TempDir
    Path dir;

    private Path content;
    private DevServer server;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    /** Generous: the machine may be busy; how fast a save is served is measured by bench/run.py, not here. */
    private static final long EVENT_SECONDS = 30;

    private static final String PAGE = """
            ## Calls
            | Symptom | Likely cause | What to do |
            |---|---|---|
            | New calls not appearing | Five9 sync delay | Wait 15 min |
            """;

    @BeforeEach
    void start() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), PAGE);
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Why?\nBecause.\n");
        server = new DevServer(Generator.builder().contentDirectory(content).build(), 0, new PrintWriter(log, true))
                .watch();
        InputStream stream = http.send(
                        HttpRequest.newBuilder(URI.create(server.url() + "__troubleshoot/events"))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream())
                .body();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String event = null;
                // Pings only keep the stream open (every 15 s): a slow run may see one between two saves.
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ") && event != null && !event.equals("ping")) {
                        events.add(event + " " + line.substring(6));
                    }
                }
            } catch (Exception e) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertEquals("diagnostics []", events.poll(EVENT_SECONDS, TimeUnit.SECONDS), "the current state on connecting");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anEditIsServedAndOpenPagesAreToldToReload() throws Exception {
        HttpResponse<String> before = get("troubleshooting/calls.html");
        assertEquals(200, before.statusCode());
        assertTrue(before.body().contains("<script src=\"/__troubleshoot/live.js\" defer></script>"));
        assertTrue(before.body().contains("connect-src 'self'"), "the live events may connect in serve mode");

        Files.writeString(content.resolve("troubleshooting.md"), PAGE.replace("Wait 15 min", "Wait 20 min"));
        assertEquals("reload {}", events.poll(EVENT_SECONDS, TimeUnit.SECONDS));
        assertTrue(get("troubleshooting/calls.html").body().contains("Wait 20 min"));
        assertTrue(log.toString().contains("Rebuilt troubleshooting.md in "), log.toString());

        // Text that is not in the search index, the navigation or another page: only this page's two files are
        // written, and site.json, whose rows' line numbers moved.
        Files.writeString(
                content.resolve("troubleshooting.md"),
                PAGE.replace("Wait 15 min", "Wait 20 min").replace("## Calls\n", "## Calls\n\nAn introduction.\n\n"));
        assertEquals("reload {}", events.poll(EVENT_SECONDS, TimeUnit.SECONDS));
        assertTrue(get("troubleshooting/calls.html").body().contains("An introduction."));
        assertTrue(
                log.toString().matches("(?s).*Rebuilt troubleshooting.md in \\d+ ms \\(1 files read, 3 written\\).*"),
                log.toString());
        assertTrue(get("site.json").body().contains("\"line\":7"), "the row's new line");
    }

    @Test
    void aContentErrorIsShownInThePageAndTheServerStaysUpUntilItIsFixed() throws Exception {
        Files.writeString(content.resolve("troubleshooting.md"), PAGE + "| Broken row | only two |\n");
        String event = events.poll(EVENT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event);
        assertTrue(
                event.startsWith("diagnostics [{\"severity\":\"error\",\"file\":\"troubleshooting.md\",\"line\":5"),
                event);
        assertTrue(event.contains("\"hint\":"), event);
        // The last good build is still served.
        HttpResponse<String> page = get("troubleshooting/calls.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Wait 15 min"));
        // A new page load gets the problems at once, for its overlay.
        assertEquals(200, get("__troubleshoot/live.js").statusCode());
        assertTrue(get("__troubleshoot/live.js").body().contains("troubleshoot-overlay"));

        Files.writeString(content.resolve("troubleshooting.md"), PAGE.replace("Wait 15 min", "Fixed"));
        assertEquals("reload {}", events.poll(EVENT_SECONDS, TimeUnit.SECONDS));
        assertTrue(get("troubleshooting/calls.html").body().contains("Fixed"));
    }

    @Test
    void deletedAndNewFilesAndFoldersAreFollowed() throws Exception {
        Files.delete(content.resolve("faq.md"));
        assertEquals("reload {}", events.poll(EVENT_SECONDS, TimeUnit.SECONDS));
        assertEquals(404, get("faq.html").statusCode());
        Files.createDirectories(content.resolve("guides"));
        Files.writeString(content.resolve("guides/setup.md"), "# Setup\n\nText.\n");
        String event = events.poll(EVENT_SECONDS, TimeUnit.SECONDS);
        assertEquals("reload {}", event);
        // A new folder is watched as soon as it appears.
        assertEquals(200, get("guides/setup.html").statusCode());
        Files.writeString(content.resolve("guides/setup.md"), "# Setup\n\nChanged.\n");
        assertEquals("reload {}", events.poll(EVENT_SECONDS, TimeUnit.SECONDS));
        assertTrue(get("guides/setup.html").body().contains("Changed."));
    }

    @Test
    void aSavedSettingsFileRebuildsTheSiteWithIt() throws Exception {
        Files.writeString(content.resolve("stoerungen.md"), """
                ## Drucker
                | Problem | Nächster Schritt |
                |---|---|
                | Offline | Kabel prüfen |
                """);
        assertEquals("reload {}", events.poll(5, TimeUnit.SECONDS));
        assertEquals(404, get("stoerungen/drucker.html").statusCode(), "an ordinary table: no category page yet");

        // The settings file is not content, but saving it is a change of the whole site.
        Files.writeString(
                content.resolve("troubleshoot.properties"), "columns.fix = Nächster Schritt\ntitle = Drucker-Hilfe\n");
        assertEquals("reload {}", events.poll(EVENT_SECONDS, TimeUnit.SECONDS));
        HttpResponse<String> category = get("stoerungen/drucker.html");
        assertEquals(200, category.statusCode());
        assertTrue(category.body().contains("Kabel prüfen"), category.body());
        assertTrue(get("index.html").body().contains("Drucker-Hilfe"), "the new title on every page");
    }

    @Test
    void onlyLocalhostIsServedAndNothingLeavesTheOutputFolder() throws Exception {
        InetSocketAddress bound = server.address();
        assertTrue(bound.getAddress().isLoopbackAddress(), "bound to " + bound);
        // And so the machine's other addresses do not answer on that port.
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThrows(
                        IOException.class,
                        () -> socket.connect(new InetSocketAddress(address, bound.getPort()), 2000),
                        "reachable on " + address);
            }
        }
        assertEquals(404, get("../../../../etc/passwd").statusCode());
        assertFalse(get("index.html").body().isEmpty());
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (!address.isLinkLocalAddress()) { // link-local IPv6 needs a scope to connect to
                        addresses.add(address);
                    }
                }
            }
        }
        return addresses;
    }
}
