-- Prices in cents, so no rounding ever happens on money.
create table prices (
    sku              text primary key,
    unit_price_cents bigint  not null check (unit_price_cents > 0),
    currency         char(3) not null default 'EUR'
);
