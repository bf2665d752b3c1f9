package shop.customers;

/** A customer and where their parcels go. */
record Customer(String id, String name, String email, Address address) {

    record Address(String street, String postalCode, String city, String country) {
    }
}
