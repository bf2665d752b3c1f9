package workshop.cli.dev.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import workshop.cli.TestRepo;
import workshop.cli.workspace.Workspace;

/** The figures of {@code bench tax} as the READMEs and the chart show them, and the READMEs kept true to them. */
class TaxReportTest {

    private static final Measurement SPRAWL = new Measurement("01 solved", 11, 2200L, 150, 0, List.of(), 40.0, 60.0,
            90.0, 20.0, 120.0, 30.0, 45.0, 6.0, 60.0, List.of(20.0, 22.0, 25.0, 30.0, 40.0, 50.0, 60.0, 70.0, 90.0, 95.0),
            new CheckoutTrace(38.0, 14, 21.5));

    private static final Measurement MONOLITH = new Measurement("03 solved", 1, 220L, 150, 0, List.of(), 4.0, 6.0, 9.0,
            80.0, 12.0, 3.0, 6.0, 6.0, 20.0, List.of(2.0, 2.2, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 9.0, 9.5),
            new CheckoutTrace(3.5, 0, 0));

    private static final TaxResults RESULTS = new TaxResults("a laptop, 2 cores", "2026-12-04", "3 customers",
            List.of(SPRAWL, MONOLITH));

    @Test
    void the_table_compares_every_shop_with_the_sprawl() {
        String table = new TaxReport(RESULTS).table();

        assertThat(table).contains("| 01 solved | 11 | 2200 MB | 40.0 ms | 60.0 ms | 90.0 ms | 20.0 | 120 ms + 30.0 ms"
                + " | 45.0 (6.0 of the load) | 60.0 | 1.0x | 1.0x |")
                .contains("| 03 solved | 1 | 220 MB | 4.0 ms | 6.0 ms | 9.0 ms | 80.0 | 12.0 ms + 3.0 ms"
                        + " | 6.0 (6.0 of the load) | 20.0 | 10.0x | 10.0x |")
                .contains("- 01 solved: one warm checkout's trace shows 38.0 ms, 14 calls from one service to another,"
                        + " and 21.5 ms (summed over the calls)")
                .contains("- 03 solved: one warm checkout's trace shows 3.5 ms and no call from one service to another.")
                .contains("on 2026-12-04, on a laptop, 2 cores");
    }

    @Test
    void the_chart_has_a_bar_for_each_shop_in_both_panels() {
        String chart = new TaxReport(RESULTS).chart();

        assertThat(chart).startsWith("<svg").contains("01 solved").contains("03 solved").contains("40.0 / 90.0")
                .contains("2200");
        assertThat(chart.split("<rect x=").length - 1).isEqualTo(4);
    }

    @Test
    void a_readme_quoting_the_table_gets_the_table_of_the_results(@TempDir Path dir) {
        TestRepo repo = TestRepo.withDeclaredStep(dir);
        repo.write("README.md", "# Shop\n\n" + TaxReport.BEGIN + "\nan old table\n" + TaxReport.END + "\n\nmore\n");

        new TaxReport(RESULTS).updateReadmes(new Workspace(dir));

        assertThat(TaxReport.quotedIn(repo.read("README.md"))).containsExactly(new TaxReport(RESULTS).table());
        assertThat(repo.read("README.md")).endsWith("\n\nmore\n");
    }

    @Test
    void every_readme_of_the_workshop_quotes_the_table_of_its_results_file() throws Exception {
        Path root = TestRepo.workshopRoot();
        List<Path> readmes = new ArrayList<>(List.of(root.resolve("README.md")));
        new Workspace(root).steps().forEach(step -> readmes.add(step.dir().resolve("README.md")));
        Path results = root.resolve(TaxCommand.RESULTS);
        for (Path readme : readmes) {
            List<String> quoted = TaxReport.quotedIn(Files.readString(readme));
            if (quoted.isEmpty()) {
                continue;
            }
            assertThat(results).as(readme + " quotes " + TaxCommand.RESULTS).isRegularFile();
            String table = new TaxReport(JsonMapper.builder().build().readValue(results.toFile(), TaxResults.class))
                    .table();
            assertThat(quoted).as(readme + ": its table is not the one of " + TaxCommand.RESULTS
                    + "; ./workshop bench tax writes both").allMatch(table::equals);
        }
    }
}
