package shop.shipping;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** Book a carrier for an order's parcel. */
public record ShipmentRequest(
        @NotBlank String orderId,
        @NotNull @Valid Address address,
        @NotEmpty List<@NotNull @Valid Parcel> parcels) {

    public record Address(
            @NotBlank String street,
            @NotBlank String postalCode,
            @NotBlank String city,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a country code like GB") String country) {
    }

    /** One product in the parcel; the catalog knows its weight, and a digital product has none. */
    public record Parcel(@NotBlank String sku, @Min(1) int quantity, @Positive Integer weightGrams) {
    }
}
