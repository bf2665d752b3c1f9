package paymentsservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The payments module in a process of its own: the module's code ({@code shop.payments}, the same jar the shop can
 * run in-process, set up by {@link PaymentsModule}), its HTTP API, and nothing else of the shop. What is in this
 * process is what a PCI-DSS audit looks at.
 */
@SpringBootApplication
public class PaymentsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentsServiceApplication.class, args);
    }
}
