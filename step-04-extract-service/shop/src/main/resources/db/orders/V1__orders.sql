create table orders (
    order_id        text        primary key,
    customer_id     text        not null,
    status          text        not null,
    total_cents     bigint      not null,
    currency        char(3)     not null,
    payment_id      text,
    tracking_number text,
    placed_at       timestamptz not null
);

create table order_lines (
    order_id         text    not null references orders (order_id),
    line_number      integer not null,
    sku              text    not null,
    name             text    not null,
    quantity         integer not null,
    unit_price_cents bigint  not null,
    primary key (order_id, line_number)
);
