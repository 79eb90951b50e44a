// Password hashes: scrypt with a random salt, verified against the cost written in the hash itself, so hashes made
// at one cost keep working after it changes; the policy names everything a weak password lacks.
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword, passwordProblems, useScryptCostForTests, verifyPassword } from './passwords.ts';

describe('password hashes', () => {
  afterAll(() => useScryptCostForTests(1024));

  it('when the same password is hashed twice, then the hashes differ (salt) and both verify; a wrong one does not', async () => {
    const [first, second] = [await hashPassword('Correct9horse'), await hashPassword('Correct9horse')];
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(await verifyPassword('Correct9horse', first)).toBe(true);
    expect(await verifyPassword('Correct9horse', second)).toBe(true);
    expect(await verifyPassword('correct9horse', first)).toBe(false);
  });

  it('when the cost changes, then a hash made at the old cost still verifies', async () => {
    useScryptCostForTests(); // the production cost, which new passwords get outside tests
    const strong = await hashPassword('Correct9horse');
    expect(strong.split('$')[1]).toBe('16384');
    useScryptCostForTests(1024);
    expect(await verifyPassword('Correct9horse', strong)).toBe(true);
    expect(await verifyPassword('Correct9horse', 'bcrypt$whatever')).toBe(false);
  });

  it('names everything a weak password lacks', () => {
    expect(passwordProblems('short')).toEqual(['at least 9 characters', 'an upper-case letter', 'a digit']);
    expect(passwordProblems('Correct9horse')).toEqual([]);
  });
});
