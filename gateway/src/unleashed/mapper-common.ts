// What every Unleashed mapping shares: date formats (`/Date(ms)/` in responses, `YYYY-MM-DDTHH:mm:ss` UTC in
// modifiedSince filters, `YYYY-MM-DD` for business dates in bodies; the domain keeps ISO strings) and GUIDs.
import { storeRecordId } from '../db/row-fields.ts';

const WIRE_DATE = /^\/Date\((-?\d+)\)\/$/;

/** `/Date(ms)/` → ISO (UTC); null for null, empty or anything unreadable. */
export function fromUnleashedDate(value: string | null | undefined): string | null {
  const match = value ? WIRE_DATE.exec(value) : null;
  return match ? new Date(Number(match[1])).toISOString() : null;
}

/** `/Date(ms)/` → `YYYY-MM-DD` (a date-only business date such as ValidFrom); null when absent. */
export function fromUnleashedDay(value: string | null | undefined): string | null {
  return fromUnleashedDate(value)?.slice(0, 10) ?? null;
}

/**
 * ISO cursor → the `modifiedSince` filter, `YYYY-MM-DDTHH:mm:ss` in UTC. Seconds are truncated, and Unleashed's
 * filter is "at or after", so the newest record already seen comes back once more: never anything missed.
 */
export function toModifiedSince(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19);
}

/** ISO → `YYYY-MM-DD` (UTC) for body dates such as OrderDate. */
export function toUnleashedDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** Guids are compared lower-cased everywhere (Unleashed answers lower-case but accepts either). */
export const guidOf = (guid: string): string => guid.toLowerCase();

/** The keys of a store's copy of an Unleashed record: its guid, and an id that is unique across stores. */
export function storeKeys(storeId: string, wireGuid: string): { id: string; storeId: string; guid: string } {
  const guid = guidOf(wireGuid);
  return { id: storeRecordId(storeId, guid), storeId, guid };
}

/** Any Unleashed record that carries a modification time (what incremental paging orders by). */
export type ModifiedRecord = { LastModifiedOn?: string | null };

/** The record's LastModifiedOn as ISO, or the epoch when it has none (so it sorts first). */
export function modifiedAtOf(item: ModifiedRecord): string {
  return fromUnleashedDate(item.LastModifiedOn) ?? new Date(0).toISOString();
}
