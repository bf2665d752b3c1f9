package paymentsservice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.CommonsRequestLoggingFilter;

/** Logs every request with its body, to see what the shop sends while the contract is new. */
@Configuration(proxyBeanMethods = false)
class RequestLogging {

    @Bean
    CommonsRequestLoggingFilter requestLoggingFilter() {
        CommonsRequestLoggingFilter requests = new CommonsRequestLoggingFilter();
        requests.setIncludePayload(true);
        requests.setMaxPayloadLength(1000);
        requests.setAfterMessagePrefix("payments-service received ");
        return requests;
    }
}
