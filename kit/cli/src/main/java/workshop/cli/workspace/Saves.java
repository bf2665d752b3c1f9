package workshop.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import workshop.cli.Io;

/**
 * The saves under {@code .workshop/saves/}. Every command that overwrites or deletes trainee files goes
 * through {@link #saveThenApply}, so no work is ever lost: {@code ./workshop restore} brings it back.
 */
public record Saves(Workspace workspace, Clock clock) {

    public static final String MANIFEST = "manifest.txt";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * Saves the current version of every file the changes touch, then applies the changes. Changes that
     * would leave a file as it is are dropped first; with none left, nothing is saved and empty is returned.
     */
    public Optional<Save> saveThenApply(String command, String label, List<FileChange> changes) {
        List<FileChange> effective = changes.stream().filter(FileChange::changesSomething).toList();
        if (effective.isEmpty()) {
            return Optional.empty();
        }
        Save save = save(command, label, effective.stream().map(FileChange::file).toList());
        effective.forEach(FileChange::apply);
        return Optional.of(save);
    }

    /** Every save, newest first. */
    public List<Save> all() {
        Path savesDir = savesDir();
        if (!Files.isDirectory(savesDir)) {
            return List.of();
        }
        return Io.list(savesDir).stream()
                .filter(dir -> Files.isRegularFile(dir.resolve(MANIFEST)))
                .map(Saves::read)
                .sorted(Comparator.comparing(Save::created).reversed())
                .toList();
    }

    public Optional<Save> named(String name) {
        return all().stream().filter(save -> save.name().equals(name)).findFirst();
    }

    /**
     * The save {@code restore} takes by default: the newest one made by solve or reset. Saves made by
     * restore itself are skipped, so running restore twice does not undo the first restore.
     */
    public Optional<Save> newest() {
        return all().stream().filter(save -> !save.command().equals("restore")).findFirst();
    }

    private Save save(String command, String label, List<Path> files) {
        Instant created = clock.instant();
        Path dir = freshDir(LocalDateTime.ofInstant(created, clock.getZone()).format(STAMP) + "-" + command + "-" + label);
        List<String> saved = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        StringBuilder manifest = new StringBuilder()
                .append("# Your files before ./workshop ").append(command).append(' ').append(label)
                .append("; ./workshop restore ").append(dir.getFileName()).append(" puts them back.\n")
                .append("command ").append(command).append('\n')
                .append("created ").append(created).append('\n');
        Io.unchecked(() -> {
            for (Path file : files) {
                String path = workspace.relative(file);
                if (Files.isRegularFile(file)) {
                    Path copy = dir.resolve(path);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                    saved.add(path);
                    manifest.append("saved ").append(path).append('\n');
                } else {
                    absent.add(path);
                    manifest.append("absent ").append(path).append('\n');
                }
            }
            Files.writeString(dir.resolve(MANIFEST), manifest);
        });
        return new Save(dir.getFileName().toString(), dir, command, created, saved, absent);
    }

    /** Two saves within one second get {@code -2}, {@code -3}... rather than sharing a folder. */
    private Path freshDir(String name) {
        Path free = savesDir().resolve(name);
        for (int n = 2; Files.exists(free); n++) {
            free = savesDir().resolve(name + "-" + n);
        }
        Path dir = free;
        return Io.unchecked(() -> Files.createDirectories(dir));
    }

    private Path savesDir() {
        return workspace.state("saves");
    }

    private static Save read(Path dir) {
        List<String> lines = Io.unchecked(() -> Files.readAllLines(dir.resolve(MANIFEST)));
        String command = "";
        Instant created = Instant.EPOCH;
        List<String> saved = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (line.startsWith("#") || space < 0) {
                continue;
            }
            String value = line.substring(space + 1);
            switch (line.substring(0, space)) {
                case "command" -> command = value;
                case "created" -> created = Instant.parse(value);
                case "saved" -> saved.add(value);
                case "absent" -> absent.add(value);
                default -> {
                    // a later version's field: ignore it rather than refuse the save
                }
            }
        }
        return new Save(dir.getFileName().toString(), dir, command, created, saved, absent);
    }
}
