create table payments (
    id           text primary key,
    order_id     text        not null,
    amount_cents bigint      not null check (amount_cents > 0),
    currency     char(3)     not null,
    status       text        not null check (status in ('CAPTURED', 'DECLINED', 'REFUNDED')),
    created_at   timestamptz not null default now()
);
create index payments_by_order on payments (order_id);
