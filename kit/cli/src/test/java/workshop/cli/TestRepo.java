package workshop.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import workshop.cli.workspace.Workspace;

/** A workshop repository in a temporary folder, and the CLI run against it with its output captured. */
public final class TestRepo {

    private final Path root;
    private ByteArrayOutputStream output = new ByteArrayOutputStream();

    private TestRepo(Path root) {
        this.root = root;
    }

    public static TestRepo at(Path root) {
        TestRepo repo = new TestRepo(root);
        repo.write("pom.xml", "<project/>\n");
        return repo;
    }

    /** A repository whose step 07 declares its shop, with a start option, in its step file alone. */
    public static TestRepo withDeclaredStep(Path dir) {
        TestRepo repo = TestRepo.at(dir);
        Fixtures.copy(Fixtures.dir("declared"), dir);
        return repo;
    }

    /** A repository with this workshop's root pom and Maven wrapper, and the fixture as its step 01. */
    public static TestRepo withWorkshopBuild(Path dir, String fixture) {
        Path workshop = workshopRoot();
        TestRepo repo = TestRepo.at(dir);
        try {
            for (String file : List.of("pom.xml", "mvnw", "mvnw.cmd")) {
                Files.copy(workshop.resolve(file), dir.resolve(file), StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fixtures.copy(workshop.resolve(".mvn"), dir.resolve(".mvn"));
        Fixtures.copyStep(fixture, dir, "step-01-" + fixture);
        return repo;
    }

    /** Set by the kit's pom for Surefire; from an IDE the tests run in kit/cli, two folders below. */
    public static Path workshopRoot() {
        return Path.of(System.getProperty("workshop.repositoryRoot", "../..")).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Workspace workspace() {
        return new Workspace(root);
    }

    public TestRepo write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestRepo write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestRepo delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    /** Runs {@code ./workshop <args>} in-process; the output of this run is then in {@link #output()}. */
    public int run(String... args) {
        output = new ByteArrayOutputStream();
        Console console = new Console(output, false);
        return new Workshop(console, Workshop.commands(workspace(), console)).run(List.of(args));
    }

    public String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
