insert into prices (sku, unit_price_cents) values
    ('TEA-EARLGREY-100G', 650),
    ('TEA-SENCHA-100G', 890),
    ('TEA-ASSAM-250G', 1190),
    ('TEA-CHAMOMILE-50G', 450),
    ('COF-ETHIOPIA-250G', 1390),
    ('COF-COLOMBIA-500G', 1990),
    ('COF-ESPRESSO-1KG', 2990),
    ('MUG-STONEWARE', 1450),
    ('TEAPOT-CAST-IRON', 4900),
    ('FILTER-PAPERS-100', 390),
    ('GRINDER-HAND', 3900),
    ('GIFT-CARD-25', 2500);
