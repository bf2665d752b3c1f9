package workshop.cli.runner;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import workshop.cli.Io;

/**
 * What a module's build reads that a trainee edits: every file under {@code src/}, the module's pom and the poms above
 * it, each with its size and modification time. Compared with the inputs of the last build, it tells which files
 * changed since.
 *
 * @param files path relative to the module ({@code src/main/java/shop/Cart.java}, {@code ../pom.xml}) to
 *              {@code size:modified}
 */
record ModuleInputs(Map<String, String> files) {

    static ModuleInputs of(Path module, List<Path> poms) {
        Map<String, String> files = new TreeMap<>();
        poms.forEach(pom -> files.put(key(module, pom), stamp(pom)));
        Path sources = module.resolve("src");
        if (Files.isDirectory(sources)) {
            Io.unchecked(() -> Files.walkFileTree(sources, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.put(key(module, file), attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }
            }));
        }
        return new ModuleInputs(files);
    }

    static ModuleInputs read(Path file) {
        Map<String, String> files = new TreeMap<>();
        for (String line : Io.unchecked(() -> Files.readAllLines(file))) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                files.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new ModuleInputs(files);
    }

    void write(Path file) {
        List<String> lines = files.entrySet().stream().map(entry -> entry.getKey() + "\t" + entry.getValue()).toList();
        Io.unchecked(() -> {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        });
    }

    /** The files added, changed or deleted since {@code before}. */
    Set<String> changedSince(ModuleInputs before) {
        Set<String> changed = new TreeSet<>(before.files.keySet());
        changed.removeAll(files.keySet());
        files.forEach((path, stamp) -> {
            if (!stamp.equals(before.files.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    /** The files of {@code changed} that are no longer there. */
    Set<String> deleted(Set<String> changed) {
        Set<String> deleted = new TreeSet<>(changed);
        deleted.removeAll(files.keySet());
        return deleted;
    }

    private static String key(Path module, Path file) {
        return module.relativize(file).toString().replace('\\', '/');
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }
}
