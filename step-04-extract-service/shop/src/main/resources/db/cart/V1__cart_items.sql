-- A cart is the set of its items: a customer without rows here has an empty cart.
create table cart_items (
    customer_id text        not null,
    sku         text        not null,
    quantity    integer     not null check (quantity between 1 and 99),
    added_at    timestamptz not null default now(),
    primary key (customer_id, sku)
);
