// Word pools drawn from faker once per seed, then combined by index, so that large seeds stay fast.
import type { Rng } from './random.ts';

export interface Pools {
  firstNames: string[];
  lastNames: string[];
  streets: string[];
}

/** Unique first names, last names and street names from the seeded faker. */
export function buildPools(rng: Rng): Pools {
  const draw = (count: number, make: () => string) => [...new Set(Array.from({ length: count }, make))];
  return {
    firstNames: draw(600, () => rng.faker.person.firstName()),
    lastNames: draw(1500, () => rng.faker.person.lastName()),
    streets: draw(400, () => rng.faker.location.street()),
  };
}

export interface Place {
  city: string;
  region: string;
  country: string;
  postCode: string;
  suburbs: readonly string[];
}

/** A country's delivery places, each written `city|region|postCode|suburb, suburb, …`. */
function placesIn(country: string, rows: readonly string[]): Place[] {
  return rows.map((row) => {
    const [city = '', region = '', postCode = '', suburbs = ''] = row.split('|');
    return { city, region, country, postCode, suburbs: suburbs.split(', ') };
  });
}

/** Delivery places by customer currency: New Zealand for NZD, Australia for AUD, the USA for USD. */
export const PLACES: Readonly<Record<string, readonly Place[]>> = {
  NZD: placesIn('New Zealand', [
    'Auckland|Auckland|1010|Ponsonby, Newmarket, Mt Eden, Onehunga, Albany',
    'Wellington|Wellington|6011|Te Aro, Thorndon, Kilbirnie, Petone',
    'Christchurch|Canterbury|8011|Riccarton, Sydenham, Papanui, Addington',
    'Hamilton|Waikato|3204|Frankton, Hillcrest, Te Rapa',
    'Tauranga|Bay of Plenty|3110|Mount Maunganui, Greerton, Bethlehem',
    'Dunedin|Otago|9016|North East Valley, Mosgiel, St Clair',
    "Napier|Hawke's Bay|4110|Ahuriri, Taradale, Onekawa",
    'Nelson|Nelson|7010|Stoke, Richmond, Tahunanui',
  ]),
  AUD: placesIn('Australia', [
    'Sydney|NSW|2000|Surry Hills, Parramatta, Alexandria',
    'Melbourne|VIC|3000|Fitzroy, Richmond, Brunswick',
    'Brisbane|QLD|4000|Fortitude Valley, Woolloongabba',
  ]),
  USD: placesIn('United States', [
    'Seattle|WA|98101|Ballard, Fremont',
    'San Diego|CA|92101|North Park, La Jolla',
  ]),
};

/** A lowercase DNS label made from a name: "Kuhn, Lee & Sons" → "kuhn-lee-sons". */
export function slug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
}

/** The account's own users, who appear in CreatedBy / LastModifiedBy. */
export const ACCOUNT_USERS = ['admin@demo-account.example', 'sales@demo-account.example'] as const;
