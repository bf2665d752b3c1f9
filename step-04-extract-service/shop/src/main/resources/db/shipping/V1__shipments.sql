create table shipments (
    id              text primary key,
    order_id        text        not null,
    tracking_number text        not null unique,
    weight_grams    integer     not null,
    city            text        not null,
    country         char(2)     not null,
    booked_at       timestamptz not null default now()
);
create index shipments_by_order on shipments (order_id);
