package shop.payments.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the shop finds payments-service when payments runs there ({@code shop.payments.service.*}).
 *
 * @param url        its base URL
 * @param credential what the shop shows it on every call: payments-service answers no one else
 * @param timeout    how long the shop waits to connect, and then for an answer, before it gives up on a call
 */
@ConfigurationProperties("shop.payments.service")
public record PaymentsService(URI url, String credential, Duration timeout) {
}
