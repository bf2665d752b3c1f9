-- Recommendations keep their own pairs, counted from OrderPlaced: they read nothing of orders any more.
revoke select on order_lines from recommendations;
revoke usage on schema orders from recommendations;
