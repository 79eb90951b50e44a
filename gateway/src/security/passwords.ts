// Passwords: scrypt hashes with a random salt per password, compared in constant time; one policy for admins
// and buyers (at least 9 characters with upper case, lower case and a digit).
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
/** The production cost (N): what every gateway process hashes new passwords with. */
const PRODUCTION_COST = 16384;
const PARAMS = { N: PRODUCTION_COST, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/**
 * Test runs only (vitest.setup.ts): new hashes use this cost (N) instead of the production one, since a test run
 * signs in over a thousand times and each hash costs ~100 ms of a shared CPU; without `n`, the production cost
 * again. Verification always reads the cost from the hash.
 */
export function useScryptCostForTests(n: number = PRODUCTION_COST): void {
  PARAMS.N = n;
}
const KEY_LENGTH = 32;

/** What is wrong with a new password, or [] when it meets the policy. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 9) problems.push('at least 9 characters');
  if (!/[A-Z]/.test(password)) problems.push('an upper-case letter');
  if (!/[a-z]/.test(password)) problems.push('a lower-case letter');
  if (!/[0-9]/.test(password)) problems.push('a digit');
  return problems;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash of a random password, verified against when the email is unknown so both paths take as long. */
export const DECOY_HASH = hashPassword(randomBytes(16).toString('hex'));
