create table stock (
    sku       text primary key,
    available integer not null check (available >= 0)
);

-- Units held for an order until it ships; releasing a reservation puts them back into stock.
create table reservations (
    order_id text    not null,
    sku      text    not null references stock (sku),
    quantity integer not null check (quantity > 0),
    primary key (order_id, sku)
);
