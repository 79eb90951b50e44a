import { describe, expect, it } from 'vitest';
import { formatAddress, typedAddress } from './address.ts';

describe('delivery addresses (R18)', () => {
  it('when an address has blank and missing parts, then its line shows only the filled ones in order', () => {
    expect(
      formatAddress({ name: 'Demo Ltd', street: '1 Main St', suburb: ' ', city: 'Auckland', country: null }),
    ).toBe('Demo Ltd, 1 Main St, Auckland');
    expect(formatAddress(null)).toBe('—');
    expect(formatAddress({})).toBe('—');
  });

  it('when an address is typed, then blank fields are left out and the rest trimmed', () => {
    expect(typedAddress({ street: ' 1 Main St ', city: '', region: 'Auckland' })).toEqual({
      street: '1 Main St',
      region: 'Auckland',
    });
  });
});
