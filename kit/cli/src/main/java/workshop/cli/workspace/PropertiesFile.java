package workshop.cli.workspace;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import workshop.cli.Io;

/**
 * A small {@code key=value} file, such as the CLI's state under {@code .workshop/}: read as {@link Properties}, and
 * written sorted and without the timestamp comment {@link Properties#store} adds, so a trainee can read it and an
 * instructor can diff it.
 */
public final class PropertiesFile {

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private PropertiesFile(Path file) {
        this.file = file;
    }

    /** A file to write from nothing, whatever is there now. */
    public static PropertiesFile empty(Path file) {
        return new PropertiesFile(file);
    }

    /** The values in the file; none when there is no file. */
    public static PropertiesFile load(Path file) {
        PropertiesFile loaded = empty(file);
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            Io.unchecked(() -> {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
            });
            properties.stringPropertyNames().forEach(key -> loaded.values.put(key, properties.getProperty(key)));
        }
        return loaded;
    }

    public String get(String key) {
        return values.get(key);
    }

    /** Every key with its value, sorted by key. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public void put(String key, String value) {
        values.put(key, value);
    }

    public void store(String comment) {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Io.unchecked(() -> {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        });
    }
}
