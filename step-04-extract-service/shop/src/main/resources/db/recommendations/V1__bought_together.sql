-- "Customers who bought this also bought": pairs mined from past orders, strongest first.
create table bought_together (
    sku             text    not null,
    recommended_sku text    not null,
    strength        integer not null check (strength > 0),
    primary key (sku, recommended_sku)
);
