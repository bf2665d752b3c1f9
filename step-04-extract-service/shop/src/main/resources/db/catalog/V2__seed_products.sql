insert into products (sku, name, description, weight_grams) values
    ('TEA-EARLGREY-100G', 'Earl Grey', 'Black tea with bergamot, loose leaf, 100 g', 100),
    ('TEA-SENCHA-100G', 'Sencha', 'Japanese green tea, loose leaf, 100 g', 100),
    ('TEA-ASSAM-250G', 'Assam breakfast', 'Malty black tea, loose leaf, 250 g', 250),
    ('TEA-CHAMOMILE-50G', 'Chamomile', 'Whole chamomile flowers, 50 g', 50),
    ('COF-ETHIOPIA-250G', 'Ethiopia Yirgacheffe', 'Light roast coffee beans, floral, 250 g', 250),
    ('COF-COLOMBIA-500G', 'Colombia Huila', 'Medium roast coffee beans, caramel, 500 g', 500),
    ('COF-ESPRESSO-1KG', 'House espresso', 'Dark roast espresso blend, 1 kg', 1000),
    ('MUG-STONEWARE', 'Stoneware mug', 'Hand-glazed mug, 350 ml', 420),
    ('TEAPOT-CAST-IRON', 'Cast-iron teapot', 'Tetsubin teapot with infuser, 800 ml', 1600),
    ('FILTER-PAPERS-100', 'Filter papers', 'Unbleached paper filters, size 4, 100 pieces', 120),
    ('GRINDER-HAND', 'Hand grinder', 'Ceramic burr coffee grinder', 650),
    ('GIFT-CARD-25', 'Gift card 25 EUR', 'Sent by email, valid for two years', null);
