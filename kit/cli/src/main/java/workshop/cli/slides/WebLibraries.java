package workshop.cli.slides;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import workshop.cli.Io;
import workshop.cli.workspace.Workspace;

/**
 * The browser libraries {@code ./workshop slides} serves: reveal.js (the presentation, with its Markdown, speaker notes
 * and code highlighting plugins) and mermaid (the diagrams). They come from the npm registry as its tarballs, pinned
 * by version and by the registry's integrity hash, which is checked before anything is unpacked; {@code ./workshop
 * prepare} fetches them, so that the day needs no network, and nothing is ever loaded from a CDN.
 */
public record WebLibraries(Workspace workspace) {

    /** One npm package, and the paths of it the slides use. */
    record Library(String name, String version, String integrity, List<String> paths) {

        URI tarball() {
            return URI.create("https://registry.npmjs.org/" + name + "/-/" + name + "-" + version + ".tgz");
        }
    }

    static final List<Library> LIBRARIES = List.of(
            new Library("reveal.js", "5.2.1",
                    "sha512-r7//6mIM5p34hFiDMvYfXgyjXqGRta+/psd9YtytsgRlrpRzFv4RbH76TXd2qD+7ZPZEbpBDhdRhJaFgfQ7zNQ==",
                    List.of("dist/", "plugin/")),
            new Library("mermaid", "11.4.1",
                    "sha512-Mb01JT/x6CKDWaxigwfZYuYmDZ6xtrNwNlidKZwkSrDaY9n90tdrJTV5Umk+wP1fZscGptmKFXHsXMDEVZ+Q6A==",
                    List.of("dist/mermaid.min.js")));

    private static final String COMPLETE = ".complete";

    /** Where a library's files are, by the name the slides' pages use ({@code reveal.js}, {@code mermaid}). */
    Path dir(String name) {
        Library library = LIBRARIES.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow();
        return workspace.state("cache/npm/" + library.name() + "-" + library.version());
    }

    boolean present() {
        return LIBRARIES.stream().allMatch(library -> Files.isRegularFile(dir(library.name()).resolve(COMPLETE)));
    }

    /** Downloads what is missing; the one-line reason when a library cannot be had. */
    public Optional<String> fetch() {
        for (Library library : LIBRARIES) {
            Path dir = dir(library.name());
            if (Files.isRegularFile(dir.resolve(COMPLETE))) {
                continue;
            }
            try {
                unpack(library, verified(library, download(library)), dir);
            } catch (IOException | IllegalStateException e) {
                return Optional.of(library.name() + " " + library.version() + " from " + library.tarball()
                        + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while downloading " + library.name());
            }
        }
        return Optional.empty();
    }

    private static byte[] download(Library library) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(library.tarball())
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("the registry answered " + response.statusCode());
        }
        return response.body();
    }

    /** The tarball, once its SHA-512 is the one the registry published for this version. */
    static byte[] verified(Library library, byte[] tarball) {
        try {
            String digest = "sha512-" + Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
            if (!digest.equals(library.integrity())) {
                throw new IllegalStateException("its integrity is " + digest + ", not the pinned "
                        + library.integrity());
            }
            return tarball;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The library's paths, unpacked beside the final folder and then moved there, so no page sees half of it. */
    private static void unpack(Library library, byte[] tarball, Path dir) throws IOException {
        Path scratch = dir.resolveSibling(dir.getFileName() + ".unpacking");
        Io.deleteTree(scratch);
        try (InputStream gzip = new GzipCompressorInputStream(new ByteArrayInputStream(tarball));
                TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String path = entry.getName().replaceFirst("^package/", "");
                if (entry.isFile() && library.paths().stream().anyMatch(path::startsWith)) {
                    Path file = scratch.resolve(path).normalize();
                    if (!file.startsWith(scratch)) {
                        throw new IllegalStateException("the tarball names a path outside its package: " + path);
                    }
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(scratch.resolve(COMPLETE), library.tarball() + "\n");
        Io.deleteTree(dir);
        Files.createDirectories(dir.getParent());
        Files.move(scratch, dir, StandardCopyOption.ATOMIC_MOVE);
    }
}
