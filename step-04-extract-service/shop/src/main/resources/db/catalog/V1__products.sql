create table products (
    sku          text primary key,
    name         text not null,
    description  text not null,
    -- Digital goods (a gift card) have no weight: nothing is shipped in a parcel.
    weight_grams integer check (weight_grams > 0)
);
