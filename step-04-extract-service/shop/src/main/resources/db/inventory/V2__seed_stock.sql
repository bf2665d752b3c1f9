insert into stock (sku, available) values
    ('TEA-EARLGREY-100G', 500),
    ('TEA-SENCHA-100G', 400),
    ('TEA-ASSAM-250G', 300),
    ('TEA-CHAMOMILE-50G', 250),
    ('COF-ETHIOPIA-250G', 300),
    ('COF-COLOMBIA-500G', 200),
    ('COF-ESPRESSO-1KG', 150),
    ('MUG-STONEWARE', 120),
    ('TEAPOT-CAST-IRON', 8),
    ('FILTER-PAPERS-100', 600),
    ('GRINDER-HAND', 15),
    ('GIFT-CARD-25', 10000);
