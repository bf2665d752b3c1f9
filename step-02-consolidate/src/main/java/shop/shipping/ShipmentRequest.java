package shop.shipping;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** Book a carrier for an order's parcel. */
public record ShipmentRequest(@NotBlank String orderId, @NotNull @Valid Address address,
        @NotEmpty List<@Valid Parcel> parcels) {

    public record Address(@NotBlank String street, @NotBlank String postalCode, @NotBlank String city,
            @NotBlank String country) {
    }

    /** One product in the parcel; the catalog knows its weight, and a digital product has none. */
    public record Parcel(@NotBlank String sku, @Min(1) int quantity, Integer weightGrams) {
    }
}
