package workshop.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A small {@code key=value} file under {@code .workshop/}, written sorted and without the timestamp
 * comment {@link Properties#store} adds, so a trainee can read it and an instructor can diff it.
 */
final class PropertiesFile {

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private PropertiesFile(Path file) {
        this.file = file;
    }

    static PropertiesFile load(Path file) {
        PropertiesFile loaded = new PropertiesFile(file);
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.stringPropertyNames().forEach(key -> loaded.values.put(key, properties.getProperty(key)));
        }
        return loaded;
    }

    String get(String key) {
        return values.get(key);
    }

    void put(String key, String value) {
        values.put(key, value);
    }

    void store(String comment) {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
