package workshop.cli.dev.tax;

import java.util.List;

/**
 * What {@code bench tax} measured of one shop under its load; a missing figure (the operating system or the shop would
 * not tell) is null.
 *
 * @param shop                 what ran: the step, the state of its code and its start options, e.g. {@code 02 as lifted}
 * @param jvms                 the shop's JVMs (not the trace UI's, not the database's processes)
 * @param memoryMegabytes      the resident memory of the shop's JVMs together, after the load
 * @param checkouts            the checkouts that were placed and timed
 * @param failedCheckouts      the checkouts that did not answer 201, with the first few answers in {@code failures}
 * @param medianMillis         checkout latency, median
 * @param p90Millis            checkout latency, 90th percentile
 * @param p99Millis            checkout latency, 99th percentile
 * @param checkoutsPerSecond   placed checkouts per second of the load's wall time
 * @param shopCpuMillis        CPU time of the shop's JVMs per checkout, browsing around it included
 * @param databaseCpuMillis    CPU time of the database's processes per checkout
 * @param requestsPerCheckout  HTTP requests all of the shop's services served per checkout
 * @param loadRequestsPerCheckout HTTP requests the load itself sent per checkout, out of {@code requestsPerCheckout}
 * @param transactionsPerCheckout database transactions per checkout
 * @param latencyPercentiles   the latency in milliseconds at each of {@link #PERCENTILES}, for the chart
 * @param oneCheckout          where the time of one warm checkout went, from its trace
 */
record Measurement(String shop, int jvms, Long memoryMegabytes, long checkouts, int failedCheckouts,
        List<String> failures, double medianMillis, double p90Millis, double p99Millis, double checkoutsPerSecond,
        double shopCpuMillis, Double databaseCpuMillis, double requestsPerCheckout, double loadRequestsPerCheckout,
        Double transactionsPerCheckout, List<Double> latencyPercentiles, CheckoutTrace oneCheckout) {

    static final List<Double> PERCENTILES = List.of(1.0, 5.0, 10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9);
}
