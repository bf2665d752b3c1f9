package paymentsservice;

import org.springframework.boot.SpringApplication;

/**
 * Runs payments-service from the IDE with no database to set up: on the test classpath, kit-support points its data
 * source at the workshop's PostgreSQL (embedded, unless {@code WORKSHOP_DB} or {@code WORKSHOP_DB_URL} say otherwise).
 */
public class TestPaymentsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.from(PaymentsServiceApplication::main).run(args);
    }
}
