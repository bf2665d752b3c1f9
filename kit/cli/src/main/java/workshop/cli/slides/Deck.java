package workshop.cli.slides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import workshop.cli.Io;

/**
 * One deck of {@code slides/}: a Markdown file that reads as it is on GitHub. Front matter with its title and planned
 * minutes, then slides separated by a line {@code ---}, each with its planned seconds
 * ({@code <!-- .slide: data-timing="90" -->}, which reveal.js reads too) and its speaker notes after {@code Note:}.
 */
record Deck(String name, String title, int minutes, String markdown, List<Slide> slides) {

    static final String FOLDER = "slides";

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern SEPARATOR = Pattern.compile("\\R---\\R");
    private static final Pattern TIMING = Pattern.compile("<!-- \\.slide: data-timing=\"(\\d+)\" -->");

    /** A slide's text and its planned seconds (0 when it has none). */
    record Slide(String text, int seconds) {
    }

    /** Every deck of the folder, in the order of their file names ({@code 00-opening.md}, ...). */
    static List<Deck> all(Path root) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Io.unchecked(() -> Files.list(folder))) {
            return files.filter(file -> file.getFileName().toString().matches("\\d\\d-[a-z0-9-]+\\.md"))
                    .sorted().map(Deck::read).toList();
        }
    }

    static Deck read(Path file) {
        String text = Io.unchecked(() -> Files.readString(file)).replace("\r\n", "\n");
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        Matcher front = FRONT_MATTER.matcher(text);
        if (!front.find()) {
            throw new IllegalStateException(file
                    + ": a deck starts with front matter (---, title: ..., minutes: ..., ---)");
        }
        Map<String, String> values = new HashMap<>();
        front.group(1).lines().map(line -> line.split(":", 2)).filter(pair -> pair.length == 2)
                .forEach(pair -> values.put(pair[0].trim(), pair[1].trim()));
        if (!values.containsKey("title") || !values.getOrDefault("minutes", "").matches("\\d+")) {
            throw new IllegalStateException(file + ": its front matter needs a title and whole minutes");
        }
        String markdown = text.substring(front.end());
        List<Slide> slides = new ArrayList<>();
        for (String slide : SEPARATOR.split(markdown)) {
            Matcher timing = TIMING.matcher(slide);
            slides.add(new Slide(slide, timing.find() ? Integer.parseInt(timing.group(1)) : 0));
        }
        return new Deck(name, values.get("title"), Integer.parseInt(values.get("minutes")), markdown,
                List.copyOf(slides));
    }

    /** The planned seconds of all slides together. */
    int plannedSeconds() {
        return slides.stream().mapToInt(Slide::seconds).sum();
    }
}
