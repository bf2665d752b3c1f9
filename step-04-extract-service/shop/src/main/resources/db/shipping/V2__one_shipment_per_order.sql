-- An order ships in one parcel: a second booking for it is the same booking delivered twice.
drop index shipments_by_order;
create unique index shipments_one_per_order on shipments (order_id);
