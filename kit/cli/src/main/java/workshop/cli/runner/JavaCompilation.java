package workshop.cli.runner;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import workshop.cli.Io;

/**
 * Compiles one source folder with the JDK's compiler, in this JVM, with the options Maven's compiler plugin gets from
 * the Spring Boot parent ({@code --release}, {@code -parameters}). Errors go to the log in Maven's format, so
 * {@link CompileErrors} reads them the same way.
 */
final class JavaCompilation {

    private final JavaCompiler compiler;
    private final String release;

    private JavaCompilation(JavaCompiler compiler, String release) {
        this.compiler = compiler;
        this.release = release;
    }

    /** Empty on a Java runtime without a compiler; then Maven compiles. */
    static Optional<JavaCompilation> withRelease(String release) {
        return Optional.ofNullable(ToolProvider.getSystemJavaCompiler()).map(compiler -> new JavaCompilation(compiler, release));
    }

    /** Compiles every Java file under {@code sources} into {@code output}; false when the code does not compile. */
    boolean compile(Path sources, Path output, List<Path> classpath, Path log) {
        return compile(Io.walk(sources).stream().filter(file -> file.toString().endsWith(".java")).toList(), output,
                classpath, log);
    }

    /** Compiles these Java files into {@code output}; false when the code does not compile. */
    boolean compile(List<Path> sources, Path output, List<Path> classpath, Path log) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> files = sources.stream().map(Path::toFile).toList();
        boolean compiled = Io.unchecked(() -> {
            try (StandardJavaFileManager fileManager =
                    compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                Files.createDirectories(output);
                String path = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
                List<String> options = List.of("-d", output.toString(), "-classpath", path,
                        "--release", release, "-parameters", "-encoding", "UTF-8", "-proc:none", "-nowarn");
                return compiler.getTask(Writer.nullWriter(), fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromFiles(files)).call();
            }
        });
        appendErrors(diagnostics.getDiagnostics(), log);
        return compiled;
    }

    /** {@code [ERROR] /path/Cart.java:[12,5] cannot find symbol}, then the detail lines, as Maven prints them. */
    private static void appendErrors(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path log) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                String source = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).toString();
                String message = diagnostic.getMessage(Locale.ROOT);
                lines.add("[ERROR] " + source + ":[" + diagnostic.getLineNumber() + "," + diagnostic.getColumnNumber()
                        + "] " + message.lines().findFirst().orElse(""));
                message.lines().skip(1).map(line -> line.startsWith("  ") ? line : "  " + line).forEach(lines::add);
            }
        }
        Io.unchecked(() -> Files.write(log, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }
}
