create table customers (
    id          text primary key,
    name        text not null,
    email       text not null unique,
    street      text not null,
    postal_code text not null,
    city        text not null,
    country     char(2) not null
);
