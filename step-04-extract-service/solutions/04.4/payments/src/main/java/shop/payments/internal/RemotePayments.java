package shop.payments.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * When {@code shop.payments.mode} is {@code remote}, the shop's Payments bean calls payments-service. The builder is
 * the one Spring Boot configures, so the calls carry the trace context and are observed like every other.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shop.payments.mode", havingValue = "remote")
@EnableConfigurationProperties(PaymentsService.class)
class RemotePayments {

    @Bean
    PaymentsOverHttp paymentsOverHttp(RestClient.Builder builder, PaymentsService paymentsService) {
        return new PaymentsOverHttp(builder, paymentsService);
    }
}
