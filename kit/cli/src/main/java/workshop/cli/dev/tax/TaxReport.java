package workshop.cli.dev.tax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.Io;
import workshop.cli.workspace.Workspace;

/**
 * The results of {@code bench tax} for people: a Markdown table with the ratios against step 01, an SVG chart
 * (checkout latency and memory per shop), and the tables the READMEs quote between the markers
 * {@code <!-- bench tax: table from bench/tax.json -->} and {@code <!-- /bench tax -->}, which are always the table of
 * the results file; a test fails when a README's table is not.
 */
record TaxReport(TaxResults results) {

    static final String BEGIN = "<!-- bench tax: table from " + TaxCommand.RESULTS + " -->";
    static final String END = "<!-- /bench tax -->";

    private static final Pattern QUOTED = Pattern.compile(Pattern.quote(BEGIN) + "\\n.*?" + Pattern.quote(END),
            Pattern.DOTALL);

    static String summary(Measurement shop) {
        return String.format(Locale.ROOT, "%d checkouts (%d failed): median %s, p99 %s, %.1f per second, %s MB",
                shop.checkouts(), shop.failedCheckouts(), millis(shop.medianMillis()), millis(shop.p99Millis()),
                shop.checkoutsPerSecond(), shop.memoryMegabytes() == null ? "?" : shop.memoryMegabytes());
    }

    /** The Markdown table, with the machine and the load under it. */
    String table() {
        Measurement sprawl = results.sprawl();
        List<String> lines = new ArrayList<>();
        lines.add("| Shop | JVMs | Memory | Checkout median | p90 | p99 | Checkouts/s | CPU per checkout (shop + database)"
                + " | HTTP requests per checkout | Database transactions per checkout | Median vs " + sprawl.shop()
                + " | Memory vs " + sprawl.shop() + " |");
        lines.add("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (Measurement shop : results.shops()) {
            lines.add("| " + String.join(" | ", shop.shop(), Integer.toString(shop.jvms()),
                    shop.memoryMegabytes() == null ? "?" : shop.memoryMegabytes() + " MB", millis(shop.medianMillis()),
                    millis(shop.p90Millis()), millis(shop.p99Millis()),
                    String.format(Locale.ROOT, "%.1f", shop.checkoutsPerSecond()),
                    millis(shop.shopCpuMillis()) + " + " + (shop.databaseCpuMillis() == null ? "?"
                            : millis(shop.databaseCpuMillis())),
                    count(shop.requestsPerCheckout()) + " (" + count(shop.loadRequestsPerCheckout()) + " of the load)",
                    count(shop.transactionsPerCheckout()),
                    ratio(sprawl.medianMillis(), shop.medianMillis()),
                    sprawl.memoryMegabytes() == null || shop.memoryMegabytes() == null ? "?"
                            : ratio(sprawl.memoryMegabytes(), shop.memoryMegabytes())) + " |");
        }
        lines.add("");
        for (Measurement shop : results.shops()) {
            CheckoutTrace trace = shop.oneCheckout();
            if (trace != null) {
                lines.add("- " + shop.shop() + ": one warm checkout's trace shows " + millis(trace.checkoutMillis())
                        + (trace.calls() == 0 ? " and no call from one service to another."
                                : ", " + trace.calls() + (trace.calls() == 1 ? " call" : " calls")
                                        + " from one service to another, and "
                                        + millis(trace.callsMillis()) + " (summed over the calls) in which the caller"
                                        + " waited and the called service was not yet or no longer at work."));
            }
        }
        lines.add("");
        lines.add("Measured by `./workshop bench tax` on " + results.date() + ", on " + results.machine() + ". Load: "
                + results.load() + ". The shops run as `./workshop start` runs them (quick-start JVM flags, traces to"
                + " the trace UI). Memory is the resident memory of the shop's JVMs; CPU and requests per checkout"
                + " include the browsing around it; a ratio says how many times less than " + sprawl.shop() + ".");
        return String.join("\n", lines);
    }

    /** The table and the chart beside the results file: {@code tax.md} and {@code tax.svg}. */
    void writeBeside(Path resultsFile) {
        Path folder = resultsFile.getParent();
        Io.unchecked(() -> Files.writeString(folder.resolve("tax.md"), "# The microservices tax, measured\n\n"
                + table() + "\n\n![Checkout latency and memory per shop](tax.svg)\n"));
        Io.unchecked(() -> Files.writeString(folder.resolve("tax.svg"), chart()));
    }

    /** Every README of the repository that quotes the table gets the table of these results. */
    void updateReadmes(Workspace workspace) {
        List<Path> readmes = new ArrayList<>(List.of(workspace.root().resolve("README.md")));
        workspace.steps().forEach(step -> readmes.add(step.dir().resolve("README.md")));
        for (Path readme : readmes) {
            if (Files.isRegularFile(readme)) {
                String text = Io.unchecked(() -> Files.readString(readme));
                String updated = QUOTED.matcher(text)
                        .replaceAll(Matcher.quoteReplacement(BEGIN + "\n" + table() + "\n" + END));
                if (!updated.equals(text)) {
                    Io.unchecked(() -> Files.writeString(readme, updated));
                }
            }
        }
    }

    /** The tables a README quotes, as they stand in it. */
    static List<String> quotedIn(String readme) {
        List<String> tables = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(readme);
        while (quoted.find()) {
            String block = quoted.group();
            tables.add(block.substring(BEGIN.length() + 1, block.length() - END.length() - 1));
        }
        return tables;
    }

    /** Two panels of horizontal bars: checkout latency (median, with a line on to p99) and memory, per shop. */
    String chart() {
        List<Measurement> shops = results.shops();
        int rowHeight = 26;
        int labelWidth = 230;
        int barWidth = 560;
        int panelHeight = 40 + shops.size() * rowHeight;
        int height = 2 * panelHeight + 50;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n", labelWidth + barWidth + 110,
                height, labelWidth + barWidth + 110, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        panel(svg, "Checkout latency: median, and on to p99 (ms)", 0, shops, Measurement::medianMillis,
                Measurement::p99Millis, "#c0392b", labelWidth, barWidth, rowHeight);
        panel(svg, "Resident memory of the shop's JVMs (MB)", panelHeight, shops,
                shop -> shop.memoryMegabytes() == null ? 0 : shop.memoryMegabytes(),
                shop -> shop.memoryMegabytes() == null ? 0 : shop.memoryMegabytes(), "#2471a3", labelWidth, barWidth,
                rowHeight);
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\" font-size=\"11\">%s, %s</text>%n",
                height - 15, escape(results.machine()), results.date()));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void panel(StringBuilder svg, String title, int top, List<Measurement> shops,
            ToDoubleFunction<Measurement> bar, ToDoubleFunction<Measurement> whisker, String colour, int labelWidth,
            int barWidth, int rowHeight) {
        double max = shops.stream().mapToDouble(whisker).max().orElse(1);
        double scale = barWidth / (max <= 0 ? 1 : max);
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", top + 24,
                escape(title)));
        for (int i = 0; i < shops.size(); i++) {
            Measurement shop = shops.get(i);
            int y = top + 36 + i * rowHeight;
            double value = bar.applyAsDouble(shop);
            double end = whisker.applyAsDouble(shop);
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 15, escape(shop.shop())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>%n",
                    labelWidth, y + 2, value * scale, colour));
            if (end > value) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                        + " stroke=\"%s\" stroke-width=\"2\"/>%n", labelWidth + value * scale, y + 11,
                        labelWidth + end * scale, y + 11, colour));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#333\">%s</text>%n",
                    labelWidth + end * scale + 6, y + 15, end > value
                            ? number(value) + " / " + number(end) : number(value)));
        }
    }

    private static String millis(double millis) {
        return number(millis) + " ms";
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String count(Double perCheckout) {
        return perCheckout == null ? "?" : String.format(Locale.ROOT, "%.1f", perCheckout);
    }

    private static String ratio(double sprawl, double shop) {
        return shop <= 0 ? "?" : String.format(Locale.ROOT, "%.1fx", sprawl / shop);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
