// Reading a typed quantity: the store takes positive whole numbers only (R18).

export const MAX_QUANTITY = 1_000_000;

/** The quantity in `text`, or the sentence saying what is wrong with it. */
export function parseQuantity(text: string): { quantity: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter a quantity.' };
  if (!/^\d+$/.test(trimmed)) return { error: 'Enter a whole number, like 1 or 12.' };
  const quantity = Number(trimmed);
  if (quantity < 1) return { error: 'Enter a quantity of at least 1.' };
  if (quantity > MAX_QUANTITY) return { error: `Enter a quantity of at most ${MAX_QUANTITY}.` };
  return { quantity };
}
