package workshop.cli.slides;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import workshop.cli.Io;
import workshop.cli.Served;

/**
 * Serves the decks on this machine only (loopback): an index of the decks, each deck as a reveal.js presentation of
 * its Markdown, the libraries from {@link WebLibraries} and the bench's chart. Nothing comes from another host.
 */
final class SlidesServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "svg", "image/svg+xml", "html", "text/html; charset=utf-8", "md", "text/markdown; charset=utf-8",
            "png", "image/png", "json", "application/json", "woff", "font/woff", "woff2", "font/woff2",
            "ttf", "font/ttf");

    private final Path root;
    private final WebLibraries libraries;
    private final HttpServer server;

    SlidesServer(Path root, WebLibraries libraries, int port) throws IOException {
        this.root = root;
        this.libraries = libraries;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                Served.send(exchange, 405, "text/plain; charset=utf-8", "only GET\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<byte[]> page = path.equals("/") ? Optional.of(index())
                    : path.startsWith("/deck/") ? deck(path.substring("/deck/".length())).map(this::page)
                    : path.startsWith("/markdown/") ? markdown(path.substring("/markdown/".length()))
                    : path.startsWith("/lib/") ? library(path.substring("/lib/".length()))
                    : path.startsWith("/bench/") ? file(root.resolve("bench"), path.substring("/bench/".length()))
                    : Optional.empty();
            if (page.isEmpty()) {
                Served.send(exchange, 404, "text/plain; charset=utf-8",
                        ("no " + path + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = path.equals("/") || path.startsWith("/deck/") ? CONTENT_TYPES.get("html")
                    : CONTENT_TYPES.getOrDefault(extension(path), "application/octet-stream");
            Served.send(exchange, 200, type, page.get());
        }
    }

    /** A deck's slides, without the front matter, which is for the index and the checks, not for reveal.js. */
    private Optional<byte[]> markdown(String file) {
        return deck(file.replaceFirst("\\.md$", "")).map(deck -> deck.markdown().getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Deck> deck(String name) {
        return Deck.all(root).stream().filter(deck -> deck.name().equals(name)).findFirst();
    }

    private byte[] index() {
        List<Deck> decks = Deck.all(root);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>From microservice sprawl to a modular monolith</title><style>body{font-family:sans-serif;"
                + "margin:3em auto;max-width:44em}li{margin:.4em 0}</style></head><body>"
                + "<h1>From microservice sprawl to a modular monolith</h1><ol>");
        for (Deck deck : decks) {
            html.append("<li><a href=\"/deck/").append(deck.name()).append("\">").append(escape(deck.title()))
                    .append("</a> (").append(deck.minutes()).append(" min)</li>");
        }
        html.append("</ol><p>").append(decks.stream().mapToInt(Deck::minutes).sum()).append(" minutes of slides."
                + " In a deck: arrow keys or space to move, S for the speaker view with the notes and the time"
                + " against the plan, Esc for the overview.</p></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] page(Deck deck) {
        try (InputStream template = SlidesServer.class.getResourceAsStream("deck.html")) {
            String html = new String(template.readAllBytes(), StandardCharsets.UTF_8);
            return html.replace("{{title}}", escape(deck.title())).replace("{{name}}", deck.name())
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<byte[]> library(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String name = path.substring(0, slash);
        return WebLibraries.LIBRARIES.stream().anyMatch(library -> library.name().equals(name))
                ? file(libraries.dir(name), path.substring(slash + 1)) : Optional.empty();
    }

    /** A file under the folder; never one outside it. */
    private static Optional<byte[]> file(Path folder, String relative) {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Io.unchecked(() -> Files.readAllBytes(file)));
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
