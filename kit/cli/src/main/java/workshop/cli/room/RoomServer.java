package workshop.cli.room;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import workshop.cli.Served;

/**
 * The instructor's view of the room: trainees' CLIs post, after each check, the ids of the exercises checked and their
 * verdicts (never code, never file names), and a page shows everyone's progress live. Open to the conference network,
 * so closed to strangers: a post without the room's join code is refused (401), and every refusal is an RFC 9457
 * problem. A body too large, not JSON, or not of the expected shape is refused without a trace in the room; one client
 * posting too often is told to wait (429). No trainee's name is shown unless the trainee gave one.
 */
final class RoomServer implements AutoCloseable {

    static final int LARGEST_BODY = 4096;
    static final int POSTS_PER_WINDOW = 20;
    static final Duration WINDOW = Duration.ofSeconds(10);
    static final int LARGEST_ROOM = 200;

    private static final Pattern TRAINEE = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} .'-]{1,40}");
    private static final Set<String> VERDICTS = Set.of("done", "pending");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One trainee: the order they joined in, the name they chose to give, and their verdicts per exercise. */
    private record Trainee(int number, Optional<String> name, Map<String, String> verdicts) {

        String label() {
            return name.orElse("trainee " + number);
        }
    }

    private final byte[] code;
    private final List<String> exercises;
    private final Clock clock;
    private final HttpServer server;
    private final Map<String, Trainee> trainees = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> postsByClient = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    RoomServer(String code, List<String> exercises, InetSocketAddress address, Clock clock) throws IOException {
        this.code = code.getBytes(StandardCharsets.UTF_8);
        this.exercises = List.copyOf(exercises);
        this.clock = clock;
        this.server = HttpServer.create(address, 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Grows by one with every change of anyone's progress, so that a view knows when to draw again. */
    long changes() {
        return changes.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Everyone's progress, as the page and the terminal show it: labels, and each exercise's verdict. */
    ObjectNode progress() {
        ObjectNode progress = JSON.createObjectNode();
        exercises.forEach(progress.putArray("exercises")::add);
        var rows = progress.putArray("trainees");
        trainees.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).forEach(trainee -> {
            ObjectNode row = rows.addObject().put("label", trainee.label());
            ObjectNode verdicts = row.putObject("verdicts");
            trainee.verdicts().forEach(verdicts::put);
        });
        return progress;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/") && method.equals("GET")) {
                Served.send(exchange, 200, "text/html; charset=utf-8", page());
            } else if (path.equals("/api/progress") && method.equals("GET")) {
                Served.send(exchange, 200, "application/json", JSON.writeValueAsBytes(progress()));
            } else if (path.equals("/api/progress") && method.equals("POST")) {
                post(exchange);
            } else {
                problem(exchange, 404, "Not Found", "There is nothing at " + method + " " + path + ".");
            }
        }
    }

    private void post(HttpExchange exchange) throws IOException {
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        if (!allowed(client)) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(WINDOW.toSeconds()));
            problem(exchange, 429, "Too Many Requests", "At most " + POSTS_PER_WINDOW + " reports every "
                    + WINDOW.toSeconds() + " s from one machine.");
            return;
        }
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (!MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + new String(code, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))) {
            problem(exchange, 401, "Unauthorized", "Reports need the room's join code: ask the instructor, then"
                    + " ./workshop join ADDRESS CODE.");
            return;
        }
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (!type.startsWith("application/json")) {
            problem(exchange, 415, "Unsupported Media Type", "A report is application/json.");
            return;
        }
        Optional<byte[]> body = body(exchange.getRequestBody());
        if (body.isEmpty()) {
            problem(exchange, 413, "Content Too Large", "A report has at most " + LARGEST_BODY + " bytes.");
            return;
        }
        JsonNode report;
        try {
            report = JSON.readTree(body.get());
        } catch (JacksonException notJson) {
            problem(exchange, 400, "Bad Request", "A report is a JSON object.");
            return;
        }
        Optional<String> wrong = wrongField(report);
        if (wrong.isPresent()) {
            problem(exchange, 400, "Bad Request", "The report's " + wrong.get() + " is not as it should be.");
            return;
        }
        String id = report.path("trainee").asString();
        if (!trainees.containsKey(id) && trainees.size() >= LARGEST_ROOM) {
            problem(exchange, 409, "Conflict", "The room is full: " + LARGEST_ROOM + " trainees.");
            return;
        }
        Optional<String> name = report.has("name") ? Optional.of(report.path("name").asString()) : Optional.empty();
        Trainee trainee = trainees.computeIfAbsent(id, fresh -> new Trainee(trainees.size() + 1, name,
                new ConcurrentHashMap<>()));
        trainees.put(id, new Trainee(trainee.number(), name.or(trainee::name), trainee.verdicts()));
        report.path("verdicts").properties().forEach(entry -> trainee.verdicts().put(entry.getKey(),
                entry.getValue().asString()));
        changes.incrementAndGet();
        exchange.sendResponseHeaders(204, -1);
    }

    /** The first field of the report that is missing or wrong; empty when the report is as it should be. */
    private Optional<String> wrongField(JsonNode report) {
        if (!report.isObject()) {
            return Optional.of("shape (an object)");
        }
        for (String field : report.propertyNames()) {
            if (!Set.of("trainee", "name", "verdicts").contains(field)) {
                return Optional.of("field " + field.substring(0, Math.min(field.length(), 40)) + " (unknown)");
            }
        }
        if (!report.path("trainee").isString() || !TRAINEE.matcher(report.path("trainee").asString()).matches()) {
            return Optional.of("trainee (16 hexadecimal digits)");
        }
        if (report.has("name") && (!report.path("name").isString()
                || !NAME.matcher(report.path("name").asString()).matches())) {
            return Optional.of("name (1 to 40 letters, digits, spaces, . ' -)");
        }
        JsonNode verdicts = report.path("verdicts");
        if (!verdicts.isObject() || verdicts.size() > exercises.size()) {
            return Optional.of("verdicts (an object of exercise ids)");
        }
        for (var entry : verdicts.properties()) {
            if (!exercises.contains(entry.getKey()) || !entry.getValue().isString()
                    || !VERDICTS.contains(entry.getValue().asString())) {
                return Optional.of("verdicts (each an exercise of this workshop, done or pending)");
            }
        }
        return Optional.empty();
    }

    /** Whether the client is within its posts of the last window; a flood from one machine is refused. */
    private boolean allowed(String client) {
        Instant now = clock.instant();
        Deque<Instant> posts = postsByClient.computeIfAbsent(client, fresh -> new ArrayDeque<>());
        synchronized (posts) {
            while (!posts.isEmpty() && posts.peekFirst().isBefore(now.minus(WINDOW))) {
                posts.removeFirst();
            }
            if (posts.size() >= POSTS_PER_WINDOW) {
                return false;
            }
            posts.addLast(now);
            return true;
        }
    }

    /** The body, unless it is larger than a report can be; reading stops there. */
    private static Optional<byte[]> body(InputStream in) throws IOException {
        byte[] body = in.readNBytes(LARGEST_BODY + 1);
        return body.length > LARGEST_BODY ? Optional.empty() : Optional.of(body);
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        Served.send(exchange, status, "application/problem+json", JSON.writeValueAsBytes(problem));
    }

    private static byte[] page() throws IOException {
        try (InputStream page = RoomServer.class.getResourceAsStream("room.html")) {
            return page.readAllBytes();
        }
    }

    /** The rows of the terminal's table: each trainee, their exercises done, and a mark per exercise. */
    List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-24s %5s  %s", "", "done", String.join(" ", exercises)));
        trainees.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).forEach(trainee -> {
            long done = trainee.verdicts().values().stream().filter("done"::equals).count();
            StringBuilder marks = new StringBuilder();
            for (String exercise : exercises) {
                String verdict = trainee.verdicts().get(exercise);
                marks.append(String.format("%-" + exercise.length() + "s ",
                        verdict == null ? "." : verdict.equals("done") ? "✓" : "✗"));
            }
            lines.add(String.format("%-24s %5d  %s", trainee.label(), done, marks.toString().stripTrailing()));
        });
        return lines;
    }
}
