-- What was sent to whom: the shop sends no real mail, so this table is the outbox a support person reads.
create table notifications (
    id          bigint generated always as identity primary key,
    customer_id text        not null,
    order_id    text        not null,
    kind        text        not null,
    message     text        not null,
    sent_at     timestamptz not null default now()
);
create index notifications_by_order on notifications (order_id);
