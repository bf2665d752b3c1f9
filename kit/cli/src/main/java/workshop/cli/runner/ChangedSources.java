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
 * nothing compiled against the old ones needs compiling again, and they replace them. Otherwise the whole folder is
 * compiled, as Maven would, and the caller compiles what depends on it.
 *
 * @param sources  the source folder ({@code src/main/java})
 * @param output   its classes folder ({@code target/classes})
 * @param classpath what it compiles against, besides its own classes
 * @param changed  the changed or added Java files under {@code sources}
 */
record ChangedSources(Path sources, Path output, List<Path> classpath, List<Path> changed) {

    enum Outcome {
        /** The changed files alone were compiled (or none changed): nothing compiled against the folder needs more. */
        ONLY_CHANGED,
        /** A class's outline changed, so the whole folder was compiled: compile what depends on it too. */
        WHOLE_FOLDER,
        /** The code does not compile; the errors are in the log. */
        FAILED
    }

    Outcome compile(JavaCompilation javac, Path scratch, Path log) {
        if (changed.isEmpty()) {
            return Outcome.ONLY_CHANGED;
        }
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
                return compileAll(javac, log);
            }
        }
        Io.unchecked(() -> {
            for (Path compiled : Io.walk(scratch).stream().filter(Files::isRegularFile).toList()) {
                Path target = output.resolve(scratch.relativize(compiled).toString());
                Files.createDirectories(target.getParent());
                Files.copy(compiled, target, StandardCopyOption.REPLACE_EXISTING);
            }
        });
        return Outcome.ONLY_CHANGED;
    }

    /** Every Java file of the folder, as Maven compiles it. */
    Outcome compileAll(JavaCompilation javac, Path log) {
        return javac.compile(sources, output, classpath, log) ? Outcome.WHOLE_FOLDER : Outcome.FAILED;
    }
}
