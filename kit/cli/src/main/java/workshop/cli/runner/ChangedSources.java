package workshop.cli.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import workshop.cli.Io;

/**
 * The changed Java files of one source folder, compiled on their own when that is enough. They are compiled into a
 * scratch folder against the classes already built; when the classes they make keep their {@link ClassAbi outline},
 * nothing compiled against the old ones needs compiling again, and they replace them. Otherwise the caller compiles
 * the whole folder, and what depends on it, as Maven would.
 *
 * @param sources  the source folder ({@code src/main/java})
 * @param output   its classes folder ({@code target/classes})
 * @param classpath what it compiles against, besides its own classes
 * @param changed  the changed or added Java files under {@code sources}
 */
record ChangedSources(Path sources, Path output, List<Path> classpath, List<Path> changed) {

    enum Outcome {
        /** Compiled, and in place: nothing else needs compiling. */
        COMPILED,
        /** Compiled, but a class's outline changed: compile the whole folder and what depends on it. */
        OUTLINE_CHANGED,
        /** The code does not compile; the errors are in the log. */
        FAILED
    }

    Outcome compile(JavaCompilation javac, Path scratch, Path log) {
        Io.deleteTree(scratch);
        List<Path> against = Stream.concat(Stream.of(output), classpath.stream()).toList();
        if (!javac.compile(changed, scratch, against, log)) {
            return Outcome.FAILED;
        }
        for (Path source : changed) {
            Path packageFolder = sources.relativize(source.getParent());
            String name = source.getFileName().toString();
            if (!ClassAbi.of(output.resolve(packageFolder.toString()), name)
                    .keptBy(ClassAbi.of(scratch.resolve(packageFolder.toString()), name))) {
                return Outcome.OUTLINE_CHANGED;
            }
        }
        Io.unchecked(() -> {
            for (Path compiled : Io.walk(scratch).stream().filter(Files::isRegularFile).toList()) {
                Path target = output.resolve(scratch.relativize(compiled).toString());
                Files.createDirectories(target.getParent());
                Files.copy(compiled, target, StandardCopyOption.REPLACE_EXISTING);
            }
        });
        return Outcome.COMPILED;
    }
}
