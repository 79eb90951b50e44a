// The secret box keeps Unleashed keys at rest (R8): sealed text never shows the key, opens only under the same
// master key, and any change to it is refused.
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.ts';

const KEY = 'unleashed-api-key-0123456789';

describe('secret box', () => {
  it('when a key is sealed, then the sealed text does not show it and opens back to it, each sealing different', () => {
    const box = new SecretBox('a long passphrase for the master key');
    const first = box.seal(KEY);
    const second = box.seal(KEY);
    for (const sealed of [first.sealed, second.sealed]) {
      expect(sealed).not.toContain(KEY);
      expect(Buffer.from(sealed, 'base64').toString('utf8')).not.toContain(KEY);
    }
    expect(first.sealed).not.toBe(second.sealed);
    expect(box.open(first)).toBe(KEY);
    expect(box.open(second)).toBe(KEY);
  });

  it('when the master key differs or the sealed text was altered, then opening throws', () => {
    const sealed = new SecretBox('master one').seal(KEY);
    expect(() => new SecretBox('master two').open(sealed)).toThrow();
    const raw = Buffer.from(sealed.sealed, 'base64');
    for (const at of [0, 12, 28, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[at] = (altered[at] ?? 0) ^ 1;
      expect(() => new SecretBox('master one').open({ sealed: altered.toString('base64') })).toThrow();
    }
  });

  it('when the master key is 32 bytes as hex or base64, then those bytes are the key; a passphrase is hashed; none is refused', () => {
    const bytes = Buffer.alloc(32, 7);
    const sealed = new SecretBox(bytes.toString('hex')).seal(KEY);
    expect(new SecretBox(bytes.toString('base64')).open(sealed)).toBe(KEY);
    expect(() => new SecretBox(bytes.toString('hex').toUpperCase()).open(sealed)).not.toThrow();
    expect(() => new SecretBox('another passphrase').open(sealed)).toThrow();
    expect(() => new SecretBox('')).toThrow(/master key is required/);
    // 64 hex digits with anything around them is a passphrase, not hex bytes.
    for (const passphrase of [`z${bytes.toString('hex')}`, `${bytes.toString('hex')}z`]) {
      const box = new SecretBox(passphrase);
      expect(box.open(box.seal(KEY))).toBe(KEY);
    }
  });
});
