package shop.customers;

/** A customer and where their parcels go. */
public record Customer(String id, String name, String email, Address address) {

    public record Address(String street, String postalCode, String city, String country) {
    }
}
