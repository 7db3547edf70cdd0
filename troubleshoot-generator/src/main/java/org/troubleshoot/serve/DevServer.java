package org.troubleshoot.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.troubleshoot.Generator;
import org.troubleshoot.IncrementalBuild;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.DiagnosticsJson;

/**
 * The serve command: turns file events into rebuilds of the engine's {@link IncrementalBuild} (kept in a
 * temporary folder), serves the files of its current plan on localhost only, and tells open pages to reload
 * (server-sent events). A content error does not stop it: pages show the diagnostics over the last good
 * build until it is fixed.
 */
public final class DevServer implements AutoCloseable {
    static final String LIVE = "/__troubleshoot/";
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "json",
            "application/json; charset=utf-8",
            "svg",
            "image/svg+xml",
            "xml",
            "application/xml",
            "txt",
            "text/plain; charset=utf-8",
            "png",
            "image/png",
            "pdf",
            "application/pdf");

    private final Generator generator;
    private final IncrementalBuild site;
    private final HttpServer server;
    private final ExecutorService requests = Executors.newCachedThreadPool(daemon("troubleshoot-http"));
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final PrintWriter log;
    private Watcher watcher;

    /** Builds the site once and starts serving on 127.0.0.1:{@code port} (0 picks a free port). */
    public DevServer(Generator generator, int port, PrintWriter log) throws IOException {
        this.generator = generator;
        this.log = log;
        this.site = generator.incremental("<script src=\"" + LIVE + "live.js\" defer></script>");
        report(site.rebuild(), "first build");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(requests);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts watching the content and template folders. */
    public DevServer watch() throws IOException {
        watcher = new Watcher(
                generator.contentDirectory(), generator.templateDirectory(), generator.excluded(), this::changed);
        watcher.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address the server's socket is bound to (the tests check it is the loopback address). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** The preview's address: the loopback address the socket is bound to (::1 where Java prefers IPv6). */
    public String url() {
        InetAddress host = server.getAddress().getAddress();
        String name = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return "http://" + name + ":" + port() + "/";
    }

    /** Called by the watcher with the files that changed since the last call (saves coalesced). */
    void changed(List<Path> paths, boolean templates) {
        IncrementalBuild.Rebuild rebuild = site.rebuild(paths, templates);
        report(
                rebuild,
                paths.size() == 1
                        ? generator.contentDirectory().relativize(paths.get(0)).toString()
                        : paths.size() + " files");
        broadcast(rebuild.ok() ? "reload" : "diagnostics", rebuild.ok() ? "{}" : json(rebuild.diagnostics()));
    }

    private void report(IncrementalBuild.Rebuild rebuild, String what) {
        if (rebuild.ok()) {
            log.printf(
                    "Rebuilt %s in %d ms (%d files read, %d written)%n",
                    what, rebuild.millis(), rebuild.filesParsed(), rebuild.filesWritten());
        } else {
            log.printf("Problems after %s (the browser shows them; the server keeps running):%n", what);
        }
        for (Diagnostic diagnostic : rebuild.diagnostics()) {
            log.println(diagnostic.format());
        }
        log.flush();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(LIVE + "events")) {
                events(exchange);
                return;
            }
            if (path.equals(LIVE + "live.js")) {
                try (InputStream script = DevServer.class.getResourceAsStream("live.js")) {
                    send(exchange, 200, "text/javascript; charset=utf-8", script.readAllBytes());
                }
                return;
            }
            String relative = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
            // Only what the build's plan holds: never a stale file, whatever else the folder has.
            Optional<Path> planned = site.file(relative);
            if (planned.isEmpty()) {
                Optional<Path> notFound = site.file("404.html");
                send(
                        exchange,
                        404,
                        TYPES.get("html"),
                        notFound.isPresent()
                                ? Files.readAllBytes(notFound.get())
                                : "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = planned.get();
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            if (name.endsWith(".html")) {
                // The page's policy forbids connections; the live-reload events need one to this server.
                body = new String(body, StandardCharsets.UTF_8)
                        .replace("connect-src 'none'", "connect-src 'self'")
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, body);
        }
    }

    /** A server-sent event stream: kept open until the page goes away. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        listeners.add(out);
        try {
            write(out, "diagnostics", json(site.diagnostics()));
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                write(out, "ping", "{}");
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
        }
    }

    private void broadcast(String event, String data) {
        for (OutputStream out : listeners) {
            try {
                write(out, event, data);
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private static void write(OutputStream out, String event, String data) throws IOException {
        synchronized (out) {
            out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static String json(List<Diagnostic> diagnostics) {
        return DiagnosticsJson.array(diagnostics);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        listeners.clear();
        server.stop(0);
        requests.shutdownNow();
        try {
            site.close();
        } catch (IOException e) {
            log.println("could not remove the preview's folder: " + e.getMessage());
        }
    }
}
