-- Every change of a line takes the next number, and a cart's version is its newest line's: orders can tell the cart it
-- checked out from the same customer's cart changed since.
create sequence cart_versions;
alter table cart_items add column version bigint not null default nextval('cart_versions');
