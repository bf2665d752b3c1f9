package shop.catalog;

/** A product the shop sells; {@code weightGrams} is null for digital goods. */
public record Product(String sku, String name, String description, Integer weightGrams) {
}
