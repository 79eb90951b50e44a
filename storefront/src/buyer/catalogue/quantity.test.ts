import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity.ts';

describe('parseQuantity (R18: positive whole quantities)', () => {
  it('when the text is a positive whole number, then it is the quantity', () => {
    expect(parseQuantity(' 12 ')).toEqual({ quantity: 12 });
  });

  it('when the text is empty, zero, negative, a fraction or too large, then it says what is wrong', () => {
    expect(parseQuantity('')).toEqual({ error: 'Enter a quantity.' });
    expect(parseQuantity('0')).toEqual({ error: 'Enter a quantity of at least 1.' });
    expect(parseQuantity('-1')).toEqual({ error: 'Enter a whole number, like 1 or 12.' });
    expect(parseQuantity('2.5')).toEqual({ error: 'Enter a whole number, like 1 or 12.' });
    expect(parseQuantity('1000001')).toEqual({ error: 'Enter a quantity of at most 1000000.' });
  });
});
