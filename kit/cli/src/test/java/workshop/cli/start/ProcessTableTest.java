package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import workshop.cli.start.ProcessTable.Row;

class ProcessTableTest {

    @Test
    void lists_each_service_and_the_total_and_the_helpers_outside_it() {
        List<Row> services = List.of(
                new Row("gateway", 8080, 4242, OptionalLong.of(180 * 1024)),
                new Row("recommendations", 8090, 4343, OptionalLong.of(170 * 1024 + 300)));
        List<Row> helpers = List.of(new Row("zipkin", 9411, 4444, OptionalLong.of(260 * 1024)));

        assertThat(ProcessTable.format(services, helpers).lines()).containsExactly(
                "service           port      pid      memory",
                "gateway           8080     4242      180 MB",
                "recommendations   8090     4343      170 MB",
                "all 2 services                       350 MB",
                "zipkin            9411     4444      260 MB  (not in the total)");
    }

    @Test
    void a_total_with_a_missing_figure_is_unknown_rather_than_too_small() {
        List<Row> services = List.of(
                new Row("gateway", 8080, 1, OptionalLong.of(2048)),
                new Row("catalog", 8081, 2, OptionalLong.empty()));

        assertThat(ProcessTable.totalOf(services)).isEmpty();
        assertThat(ProcessTable.format(services, List.of()))
                .contains("catalog          8081        2           ?")
                .contains("all 2 services                           ?");
    }

    @Test
    void megabytes_are_rounded_and_grouped() {
        assertThat(ProcessTable.formatMegabytes(OptionalLong.of(1_981_000))).isEqualTo("1,935 MB");
        assertThat(ProcessTable.megabytes(OptionalLong.of(1_981_000))).hasValue(1_935);
    }
}
