package paymentsservice;

import javax.sql.DataSource;

import io.micrometer.observation.ObservationRegistry;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.payments.PaymentsLedger;
import shop.payments.internal.StoredCards;

/**
 * The payments module, run in this process: its ledger and stored cards, on its tables in the service's own database.
 * The module brings its migrations ({@code db/payments}); the service gives them a database, as the shop gives them a
 * schema when payments runs in the shop. Nothing here depends on {@code shop.payments.mode}: that is the shop's choice.
 */
@Configuration(proxyBeanMethods = false)
class PaymentsModule {

    @Bean
    JdbcClient paymentsJdbc(DataSource payments) {
        Flyway.configure().dataSource(payments).locations("classpath:db/payments").load().migrate();
        return JdbcClient.create(payments);
    }

    @Bean
    StoredCards storedCards(@Qualifier("paymentsJdbc") JdbcClient paymentsJdbc) {
        return new StoredCards(paymentsJdbc);
    }

    @Bean
    PaymentsLedger paymentsLedger(@Qualifier("paymentsJdbc") JdbcClient paymentsJdbc, StoredCards storedCards,
            ObservationRegistry observations) {
        return new PaymentsLedger(paymentsJdbc, storedCards, observations);
    }
}
