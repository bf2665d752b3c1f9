insert into customers (id, name, email, street, postal_code, city, country) values
    ('ada', 'Ada Lovelace', 'ada@example.org', '12 St James''s Square', 'SW1Y 4JH', 'London', 'GB'),
    ('grace', 'Grace Hopper', 'grace@example.org', '1 Navy Pier', '60611', 'Chicago', 'US'),
    ('linus', 'Linus Torvalds', 'linus@example.org', 'Mannerheimintie 5', '00100', 'Helsinki', 'FI');
