package shop.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Looks up who is buying and where the parcel goes. */
@Component
class CustomersClient {

    private final RestClient customers;

    CustomersClient(RestClient.Builder builder, @Value("${shop.services.customers.url}") String url) {
        this.customers = builder.baseUrl(url).build();
    }

    Customer customer(String customerId) {
        return ServiceCall.to("customers", () -> customers.get().uri("/customers/{id}", customerId)
                .retrieve()
                .body(Customer.class));
    }

    record Customer(String id, String name, String email, Address address) {
    }

    record Address(String street, String postalCode, String city, String country) {
    }
}
