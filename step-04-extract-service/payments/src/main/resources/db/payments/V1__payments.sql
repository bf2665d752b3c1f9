-- Every charge asked for, captured or declined, under the key its caller gave it: asked again with the same key,
-- payments answers with the first charge instead of charging twice.
create table payments (
    id              text primary key,
    idempotency_key text        not null unique,
    customer_id     text        not null,
    order_id        text        not null,
    amount_cents    bigint      not null check (amount_cents > 0),
    currency        char(3)     not null,
    payment_token   text        not null,
    status          text        not null check (status in ('CAPTURED', 'DECLINED', 'REFUNDED')),
    created_at      timestamptz not null default now()
);
create index payments_by_order on payments (order_id);
