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

/** Delivery places by customer currency: New Zealand for NZD, Australia for AUD, the USA for USD. */
export const PLACES: Readonly<Record<string, readonly Place[]>> = {
  NZD: [
    {
      city: 'Auckland',
      region: 'Auckland',
      country: 'New Zealand',
      postCode: '1010',
      suburbs: ['Ponsonby', 'Newmarket', 'Mt Eden', 'Onehunga', 'Albany'],
    },
    {
      city: 'Wellington',
      region: 'Wellington',
      country: 'New Zealand',
      postCode: '6011',
      suburbs: ['Te Aro', 'Thorndon', 'Kilbirnie', 'Petone'],
    },
    {
      city: 'Christchurch',
      region: 'Canterbury',
      country: 'New Zealand',
      postCode: '8011',
      suburbs: ['Riccarton', 'Sydenham', 'Papanui', 'Addington'],
    },
    {
      city: 'Hamilton',
      region: 'Waikato',
      country: 'New Zealand',
      postCode: '3204',
      suburbs: ['Frankton', 'Hillcrest', 'Te Rapa'],
    },
    {
      city: 'Tauranga',
      region: 'Bay of Plenty',
      country: 'New Zealand',
      postCode: '3110',
      suburbs: ['Mount Maunganui', 'Greerton', 'Bethlehem'],
    },
    {
      city: 'Dunedin',
      region: 'Otago',
      country: 'New Zealand',
      postCode: '9016',
      suburbs: ['North East Valley', 'Mosgiel', 'St Clair'],
    },
    {
      city: 'Napier',
      region: "Hawke's Bay",
      country: 'New Zealand',
      postCode: '4110',
      suburbs: ['Ahuriri', 'Taradale', 'Onekawa'],
    },
    {
      city: 'Nelson',
      region: 'Nelson',
      country: 'New Zealand',
      postCode: '7010',
      suburbs: ['Stoke', 'Richmond', 'Tahunanui'],
    },
  ],
  AUD: [
    {
      city: 'Sydney',
      region: 'NSW',
      country: 'Australia',
      postCode: '2000',
      suburbs: ['Surry Hills', 'Parramatta', 'Alexandria'],
    },
    {
      city: 'Melbourne',
      region: 'VIC',
      country: 'Australia',
      postCode: '3000',
      suburbs: ['Fitzroy', 'Richmond', 'Brunswick'],
    },
    {
      city: 'Brisbane',
      region: 'QLD',
      country: 'Australia',
      postCode: '4000',
      suburbs: ['Fortitude Valley', 'Woolloongabba'],
    },
  ],
  USD: [
    {
      city: 'Seattle',
      region: 'WA',
      country: 'United States',
      postCode: '98101',
      suburbs: ['Ballard', 'Fremont'],
    },
    {
      city: 'San Diego',
      region: 'CA',
      country: 'United States',
      postCode: '92101',
      suburbs: ['North Park', 'La Jolla'],
    },
  ],
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
