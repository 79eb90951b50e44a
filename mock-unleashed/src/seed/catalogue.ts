// The vocabulary products are made from: 12 product groups, each with a code prefix, a unit of measure, a price
// range, qualifiers, and items written `Noun|size|size…` with sizes from small to large.

export interface GroupDefinition {
  name: string;
  /** ProductCode prefix, e.g. BEV → BEV-0001. */
  prefix: string;
  unit: string;
  /** DefaultSellPrice range (NZD), from the smallest size to the largest. */
  price: readonly [number, number];
  qualifiers: readonly string[];
  items: readonly string[];
}

const FOOD = [
  'Organic',
  'Classic',
  'Premium',
  'Original',
  'Light',
  'Natural',
  'Traditional',
  'Artisan',
  'Select',
];
const GOODS = [
  'Heavy Duty',
  'Premium',
  'Standard',
  'Compact',
  'Professional',
  'Eco',
  'Value',
  'Deluxe',
  'Commercial',
];

/** The product groups, in the order their Guids are generated. */
export const GROUPS: readonly GroupDefinition[] = [
  {
    name: 'Beverages',
    prefix: 'BEV',
    unit: 'EA',
    price: [2, 60],
    qualifiers: FOOD,
    items: [
      'Cold Brew Coffee|250ml|1L|12 x 250ml',
      'Sparkling Water|330ml|1.5L|24 x 330ml',
      'Orange Juice|300ml|2L|12 x 1L',
      'Green Tea|Box of 20|Box of 100|Carton of 6 x 100',
      'Kombucha|330ml|1L|12 x 330ml',
      'Ginger Beer|330ml|1.25L|24 x 330ml',
    ],
  },
  {
    name: 'Snacks',
    prefix: 'SNK',
    unit: 'EA',
    price: [1.5, 45],
    qualifiers: FOOD,
    items: [
      'Potato Chips|40g|150g|Carton of 24',
      'Muesli Bar|35g|Box of 6|Carton of 48',
      'Salted Almonds|50g|250g|1kg',
      'Rice Crackers|100g|Box of 12|Carton of 24',
      'Dark Chocolate|45g|200g|Box of 20',
      'Popcorn|30g|100g|Carton of 36',
    ],
  },
  {
    name: 'Pantry',
    prefix: 'PAN',
    unit: 'EA',
    price: [2, 80],
    qualifiers: FOOD,
    items: [
      'Olive Oil|250ml|1L|4L',
      'Basmati Rice|500g|1kg|10kg',
      'Penne Pasta|500g|1kg|5kg',
      'Tomato Passata|400g|700g|Case of 12',
      'Manuka Honey|250g|500g|1kg',
      'Rolled Oats|750g|1.5kg|10kg',
      'Sea Salt|250g|1kg|5kg',
    ],
  },
  {
    name: 'Chilled',
    prefix: 'CHL',
    unit: 'EA',
    price: [3, 70],
    qualifiers: FOOD,
    items: [
      'Greek Yoghurt|170g|500g|1kg',
      'Cheddar Cheese|250g|1kg|5kg Block',
      'Butter|250g|500g|Carton of 20',
      'Fresh Milk|1L|2L|6 x 2L',
      'Hummus|200g|500g|2kg Tub',
      'Feta|200g|400g|2kg Tin',
      'Cream|300ml|1L|6 x 1L',
    ],
  },
  {
    name: 'Frozen',
    prefix: 'FRZ',
    unit: 'CTN',
    price: [4, 120],
    qualifiers: FOOD,
    items: [
      'Mixed Berries|500g|1kg|Carton of 10 x 1kg',
      'Garden Peas|500g|1kg|Carton of 10 x 1kg',
      'Beef Pies|Pack of 4|Carton of 12|Carton of 24',
      'Ice Cream|1L|2L|5L Tub',
      'Hash Browns|750g|2kg|Carton of 6 x 2kg',
      'Dumplings|Pack of 20|Pack of 50|Carton of 200',
      'Fish Fillets|500g|1kg|Carton of 5kg',
    ],
  },
  {
    name: 'Cleaning',
    prefix: 'CLN',
    unit: 'EA',
    price: [3, 150],
    qualifiers: GOODS,
    items: [
      'Dishwash Liquid|500ml|1L|5L',
      'Surface Spray|750ml|5L|20L',
      'Floor Cleaner|1L|5L|20L',
      'Microfibre Cloth|Pack of 3|Pack of 10|Pack of 50',
      'Hand Soap|250ml|1L|5L Refill',
      'Bin Liners|Roll of 20|Roll of 50|Carton of 250',
    ],
  },
  {
    name: 'Packaging',
    prefix: 'PKG',
    unit: 'BOX',
    price: [5, 220],
    qualifiers: GOODS,
    items: [
      'Kraft Paper Bag|Pack of 50|Pack of 250|Box of 1000',
      'Takeaway Container|Pack of 50|Box of 250|Box of 500',
      'Coffee Cup Lid|Sleeve of 50|Box of 1000',
      'Shipping Carton|Pack of 10|Pack of 25|Bundle of 100',
      'Packing Tape|Roll 48mm x 50m|Pack of 6|Carton of 36',
      'Bubble Wrap|Roll 500mm x 10m|Roll 1500mm x 100m',
    ],
  },
  {
    name: 'Stationery',
    prefix: 'STA',
    unit: 'PK',
    price: [2, 90],
    qualifiers: GOODS,
    items: [
      'Ballpoint Pen|Pack of 5|Pack of 12|Box of 50',
      'A4 Copy Paper|Ream of 500|Box of 5 Reams',
      'Spiral Notebook|A5|A4|Pack of 10',
      'Sticky Notes|Pad of 100|Pack of 12',
      'Lever Arch File|Each|Pack of 10',
      'Whiteboard Marker|Pack of 4|Box of 12',
    ],
  },
  {
    name: 'Hardware',
    prefix: 'HDW',
    unit: 'EA',
    price: [2, 300],
    qualifiers: ['Galvanised', 'Stainless Steel', 'Zinc Plated', 'Brass', 'Heavy Duty', 'Aluminium', 'Black'],
    items: [
      'Wood Screw|Pack of 20|Pack of 100|Box of 1000',
      'Cabinet Hinge|Each|Pack of 10|Box of 50',
      'Door Handle|Each|Pack of 6',
      'Shelf Bracket|150mm|300mm|Pack of 20',
      'Wall Anchor|Pack of 25|Box of 500',
      'Padlock|40mm|60mm|Keyed Alike Set of 4',
      'Cable Tie|Pack of 100|Pack of 1000',
    ],
  },
  {
    name: 'Personal Care',
    prefix: 'PCR',
    unit: 'EA',
    price: [3, 75],
    qualifiers: ['Natural', 'Sensitive', 'Fragrance Free', 'Moisturising', 'Everyday', 'Botanical'],
    items: [
      'Shampoo|50ml|400ml|5L Refill',
      'Conditioner|50ml|400ml|5L Refill',
      'Body Wash|100ml|500ml|5L Refill',
      'Hand Cream|50ml|250ml|Pack of 12',
      'Sunscreen SPF50|100ml|500ml|1L Pump',
      'Lip Balm|4g|Pack of 3|Box of 24',
      'Toothpaste|110g|Pack of 4|Carton of 48',
    ],
  },
  {
    name: 'Kitchenware',
    prefix: 'KIT',
    unit: 'EA',
    price: [4, 250],
    qualifiers: ['Ceramic', 'Stainless Steel', 'Cast Iron', 'Bamboo', 'Glass', 'Enamel', 'Copper'],
    items: [
      'Mixing Bowl|1L|3L|Set of 3',
      'Frying Pan|20cm|28cm|32cm',
      'Chopping Board|Small|Large|Set of 3',
      'Measuring Jug|500ml|1L|2L',
      'Serving Platter|30cm|45cm|Set of 4',
      'Coffee Mug|Each|Set of 4|Carton of 24',
      'Stock Pot|8L|16L|30L',
    ],
  },
  {
    name: 'Pet Supplies',
    prefix: 'PET',
    unit: 'EA',
    price: [3, 180],
    qualifiers: ['Grain Free', 'Premium', 'Senior', 'Puppy', 'Kitten', 'Adult', 'Natural'],
    items: [
      'Dry Dog Food|1.5kg|8kg|15kg',
      'Wet Cat Food|85g|Pack of 12|Carton of 48',
      'Chew Toy|Small|Large|Pack of 3',
      'Pet Shampoo|250ml|500ml|5L',
      'Cat Litter|5L|15L|30L',
      'Dog Lead|1.2m|1.8m|Retractable 5m',
      'Bird Seed|500g|2kg|20kg',
    ],
  },
];

/** The units of measure products use. */
export const UNITS = ['EA', 'BOX', 'CTN', 'PK', 'KG', 'L'] as const;
