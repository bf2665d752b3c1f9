-- Recommendations learn from the orders placed: let them read the order lines.
do $$ begin create role recommendations nologin; exception when duplicate_object then null; end $$;
grant usage on schema orders to recommendations;
grant select on order_lines to recommendations;
