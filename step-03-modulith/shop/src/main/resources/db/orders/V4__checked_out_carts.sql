-- One checkout per version of a cart: a second checkout of the same cart, sent while the first runs or before the cart
-- is emptied, finds its row here and is refused. A checkout that fails rolls its row back with everything else, so the
-- cart can be checked out again.
create table checked_out_carts (
    customer_id  text   not null,
    cart_version bigint not null,
    order_id     text   not null unique,
    primary key (customer_id, cart_version)
);
