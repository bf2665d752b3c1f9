package workshop.cli.dev.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class CheckoutTraceTest {

    /** The gateway's checkout calls orders, which calls payments: two calls, each with its client and server span. */
    private static final String TRACE = """
            [
              {"id": "a1", "parentId": "browser", "kind": "SERVER", "duration": 40000,
               "localEndpoint": {"serviceName": "gateway"}},
              {"id": "b1", "parentId": "a1", "kind": "CLIENT", "duration": 36000, "localEndpoint": {"serviceName": "gateway"}},
              {"id": "b2", "parentId": "b1", "kind": "SERVER", "duration": 30000, "localEndpoint": {"serviceName": "orders"}},
              {"id": "c1", "parentId": "b2", "kind": "CLIENT", "duration": 9000, "localEndpoint": {"serviceName": "orders"}},
              {"id": "c2", "parentId": "c1", "kind": "SERVER", "duration": 5000, "localEndpoint": {"serviceName": "payments"}},
              {"id": "d1", "parentId": "c2", "name": "insert payments", "duration": 1000,
               "localEndpoint": {"serviceName": "payments"}}
            ]""";

    @Test
    void each_call_adds_the_time_its_client_waited_beyond_its_server() {
        CheckoutTrace trace = CheckoutTrace.of(JsonMapper.builder().build().readTree(TRACE), "browser", "gateway")
                .orElseThrow();

        assertThat(trace).isEqualTo(new CheckoutTrace(40.0, 2, 10.0));
    }

    @Test
    void a_trace_without_the_public_api_checkout_tells_nothing() {
        assertThat(CheckoutTrace.of(JsonMapper.builder().build().readTree(TRACE), "another", "gateway")).isEmpty();
    }
}
