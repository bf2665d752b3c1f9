package workshop.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the CLI talks to the trainee. Colours only when stdout is a terminal: the launchers know that
 * ({@code [ -t 1 ]}) and pass {@code -Dworkshop.color=true}; {@code NO_COLOR} turns colours off anyway.
 */
public final class Console {

    private static final String RESET = "\u001B[0m";

    private final PrintStream out;
    private final boolean colour;

    Console(OutputStream out, boolean colour) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        this.colour = colour;
    }

    static Console system() {
        boolean colour = Boolean.getBoolean("workshop.color") && System.getenv("NO_COLOR") == null;
        return new Console(new FileOutputStream(FileDescriptor.out), colour);
    }

    public void println(String line) {
        out.println(line);
    }

    public void println() {
        out.println();
    }

    public String passed(String text) {
        return paint("32", "✓") + " " + text;
    }

    public String failed(String text) {
        return paint("31", "✗") + " " + text;
    }

    public String warning(String text) {
        return paint("33", "!") + " " + text;
    }

    public String green(String text) {
        return paint("32", text);
    }

    public String red(String text) {
        return paint("31", text);
    }

    public String cyan(String text) {
        return paint("36", text);
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
