// A job id derived from what the job is about (a UUID in the v5 layout, from SHA-1 of the parts), so that
// every instance that decides the same work is due sends the same id and the job engine keeps one of them.
import { createHash } from 'node:crypto';

/** The same parts always give the same UUID; different parts practically never do. */
export function stableJobId(...parts: (string | number)[]): string {
  const bytes = createHash('sha1').update(JSON.stringify(parts)).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
