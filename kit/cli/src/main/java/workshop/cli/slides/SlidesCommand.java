package workshop.cli.slides;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.Served;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop slides [--port N]}: serves the decks of {@code slides/} as presentations on this machine, until
 * Ctrl-C. The libraries come from {@code ./workshop prepare}; without it they are downloaded now, once.
 */
public record SlidesCommand(Workspace workspace, Console console) implements Command {

    private static final int DEFAULT_PORT = 8000;

    @Override
    public int run(List<String> arguments) {
        int port = Served.port("slides", arguments, DEFAULT_PORT);
        if (Deck.all(workspace.root()).isEmpty()) {
            console.println(console.failed("slides: there is no deck in " + Deck.FOLDER + "/"));
            return 1;
        }
        WebLibraries libraries = new WebLibraries(workspace);
        if (!libraries.present()) {
            console.println("Downloading the presentation's libraries (once; ./workshop prepare does it ahead)...");
            Optional<String> failed = libraries.fetch();
            if (failed.isPresent()) {
                console.println(console.failed("slides: cannot get " + failed.get()
                        + "; run ./workshop prepare while online"));
                return 1;
            }
        }
        try (SlidesServer server = new SlidesServer(workspace.root(), libraries, port)) {
            console.println("The slides: http://localhost:" + server.port() + "/  (S in a deck opens the speaker"
                    + " view; Ctrl-C stops)");
            new CountDownLatch(1).await();
            return 0;
        } catch (IOException e) {
            console.println(console.failed("slides: cannot serve on port " + port + " (" + e.getMessage()
                    + "); choose another with --port N"));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
