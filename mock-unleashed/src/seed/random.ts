// Seeded randomness for the seed generator: a private Faker per stream, never the global one, never Math.random.
import { en, Faker } from '@faker-js/faker';
import { REFERENCE_TIME } from './time.ts';

/** Independent random streams, so that changing one part of the seed does not reshuffle the others. */
export const STREAMS = {
  lookups: 1,
  pools: 2,
  products: 3,
  customers: 4,
  contacts: 5,
  prices: 6,
  stock: 7,
  orders: 8,
  anchors: 9,
  payloadValues: 10,
} as const;

/** A seeded random source: the same (seedNumber, stream) always yields the same sequence. */
export class Rng {
  readonly faker: Faker;

  constructor(seedNumber: number, stream: number) {
    this.faker = new Faker({ locale: [en] });
    this.faker.seed([seedNumber, stream]);
    // Any faker date helper then counts from the fixed reference time, not from the real clock.
    this.faker.setDefaultRefDate(REFERENCE_TIME);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.faker.number.float();
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An index drawn with the given relative weights. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let roll = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i]!;
      if (roll < 0) return i;
    }
    return weights.length - 1;
  }

  /** A new list with the same elements in a seeded order. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** A lowercase v4 GUID from the seeded faker. */
  uuid(): string {
    return this.faker.string.uuid();
  }
}

/** The stream `stream` of seed `seedNumber`. */
export function createRng(seedNumber: number, stream: number): Rng {
  return new Rng(seedNumber, stream);
}
