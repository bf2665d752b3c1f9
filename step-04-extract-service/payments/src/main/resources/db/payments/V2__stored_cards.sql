-- The cards customers keep for one-click checkout: the one table that puts whatever holds it in PCI-DSS scope. (A
-- real card vault also encrypts the number with a key kept apart from the database; the workshop leaves that out.)
create table stored_cards (
    token        text primary key,
    customer_id  text        not null,
    card_number  text        not null,
    last_four    char(4)     not null,
    expiry_month integer     not null check (expiry_month between 1 and 12),
    expiry_year  integer     not null,
    created_at   timestamptz not null default now()
);
create index stored_cards_by_customer on stored_cards (customer_id);
