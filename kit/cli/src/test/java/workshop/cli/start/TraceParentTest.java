package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    @Test
    void is_a_sampled_w3c_traceparent_carrying_its_trace_id() {
        TraceParent trace = TraceParent.random();

        assertThat(trace.traceId()).matches("[0-9a-f]{32}");
        assertThat(trace.header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").contains(trace.traceId());
    }

    @Test
    void every_demo_order_gets_a_trace_of_its_own() {
        assertThat(TraceParent.random().traceId()).isNotEqualTo(TraceParent.random().traceId());
    }
}
