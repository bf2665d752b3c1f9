package workshop.cli.room;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import workshop.cli.Io;
import workshop.cli.workspace.PropertiesFile;
import workshop.cli.workspace.Workspace;

/**
 * This clone's place in an instructor's room, kept in {@code .workshop/room.properties} from {@code join} until
 * {@code leave}: the room's address and code, a random id for this trainee, and the name they chose to give, if any.
 * Only while joined does a check report, and only the exercises' ids and verdicts.
 */
public record RoomMembership(Workspace workspace) {

    static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?");
    static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{6}");
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Joins the room; the one-line reason when the room cannot be reached or refuses the code. */
    Optional<String> join(String address, String code, Optional<String> name) {
        PropertiesFile file = PropertiesFile.empty(workspace.state("room.properties"));
        file.put("address", address);
        file.put("code", code);
        file.put("trainee", HexFormat.of().formatHex(new SecureRandom().generateSeed(8)));
        name.ifPresent(given -> file.put("name", given));
        Io.unchecked(() -> Files.createDirectories(workspace.state("room.properties").getParent()));
        file.store("the room this clone reports its checks to (./workshop leave forgets it)");
        Optional<String> refused = report(Map.of());
        if (refused.isPresent()) {
            leave();
        }
        return refused;
    }

    boolean leave() {
        return Io.unchecked(() -> Files.deleteIfExists(workspace.state("room.properties")));
    }

    boolean joined() {
        return Files.isRegularFile(workspace.state("room.properties"));
    }

    /**
     * Tells the room these exercises' verdicts (true: done); nothing when this clone has not joined. Empty when the
     * room took them, else why not, in one line.
     */
    public Optional<String> report(Map<String, Boolean> verdicts) {
        if (!joined()) {
            return Optional.empty();
        }
        PropertiesFile file = PropertiesFile.load(workspace.state("room.properties"));
        ObjectNode report = JSON.createObjectNode().put("trainee", file.get("trainee"));
        Optional.ofNullable(file.get("name")).ifPresent(name -> report.put("name", name));
        ObjectNode checked = report.putObject("verdicts");
        verdicts.forEach((exercise, done) -> checked.put(exercise, done ? "done" : "pending"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + file.get("address") + "/api/progress"))
                .timeout(ANSWERED_WITHIN).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + file.get("code"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(report))).build();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(ANSWERED_WITHIN).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 204 ? Optional.empty()
                    : Optional.of("the room at " + file.get("address") + " answered " + answer.statusCode()
                            + (answer.statusCode() == 401 ? " (the join code is not this room's)" : ""));
        } catch (IOException e) {
            return Optional.of("the room at " + file.get("address") + " cannot be reached (" + e.getClass()
                    .getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
