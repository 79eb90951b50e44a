// The store settings form's state: filled from a Store, checked in the browser, and turned into a PATCH of
// only what changed (so the gateway checks only what the admin touched against Unleashed).
import type { ImportStatus, Store, StoreSettingsUpdate } from '../api/types.ts';
import { toPercent } from '../ui/format.ts';

export interface SettingsForm {
  name: string;
  adminEmail: string;
  importStatus: ImportStatus;
  /** Warehouse codes separated by commas or spaces. */
  warehouseCodes: string;
  orderWarehouseCode: string;
  taxCode: string;
  /** A percentage, e.g. `15` for 0.15. */
  defaultTaxRate: string;
  syncIntervalMinutes: string;
  autoAddCustomers: boolean;
}

export type SettingsField = keyof SettingsForm;

export const IMPORT_STATUSES: Record<ImportStatus, string> = {
  Parked: 'Parked — you place each order in Unleashed yourself',
  Placed: 'Placed — orders go straight to Placed',
  Backordered: 'Backordered',
};

export function toForm(store: Store): SettingsForm {
  return {
    name: store.name,
    adminEmail: store.adminEmail,
    importStatus: store.importStatus,
    warehouseCodes: store.warehouseCodes.join(', '),
    orderWarehouseCode: store.orderWarehouseCode,
    taxCode: store.taxCode,
    defaultTaxRate: toPercent(store.defaultTaxRate),
    syncIntervalMinutes: String(store.syncIntervalMinutes),
    autoAddCustomers: store.autoAddCustomers,
  };
}

function codes(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/**
 * The PATCH body for what differs from `store`, or the browser-side errors by field. The gateway re-checks
 * everything (and checks codes against Unleashed); these only spare a round trip for plain mistakes.
 */
export function toPatch(
  form: SettingsForm,
  store: Store,
): { patch: StoreSettingsUpdate; errors: Partial<Record<SettingsField, string>> } {
  const errors: Partial<Record<SettingsField, string>> = {};
  const patch: StoreSettingsUpdate = {};

  const name = form.name.trim();
  if (!name) errors.name = 'Enter the store name.';
  else if (name !== store.name) patch.name = name;

  const email = form.adminEmail.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.adminEmail = 'Enter an email address.';
  else if (email !== store.adminEmail) patch.adminEmail = email;

  if (form.importStatus !== store.importStatus) patch.importStatus = form.importStatus;

  const warehouses = codes(form.warehouseCodes);
  if (warehouses.length === 0) errors.warehouseCodes = 'Enter at least one warehouse code.';
  else if (warehouses.join(',') !== store.warehouseCodes.join(',')) patch.warehouseCodes = warehouses;

  const orderWarehouse = form.orderWarehouseCode.trim();
  if (!orderWarehouse) errors.orderWarehouseCode = 'Enter the warehouse orders ship from.';
  else if (orderWarehouse !== store.orderWarehouseCode) patch.orderWarehouseCode = orderWarehouse;

  const taxCode = form.taxCode.trim();
  if (!taxCode) errors.taxCode = 'Enter the Unleashed tax code.';
  else if (taxCode !== store.taxCode) patch.taxCode = taxCode;

  const percent = Number(form.defaultTaxRate);
  if (form.defaultTaxRate.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    errors.defaultTaxRate = 'Enter a percentage from 0 to 100.';
  } else if (toPercent(store.defaultTaxRate) !== String(percent)) {
    patch.defaultTaxRate = Math.round(percent * 100) / 10_000;
  }

  const minutes = Number(form.syncIntervalMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    errors.syncIntervalMinutes = 'Enter whole minutes from 1 to 1440 (a day).';
  } else if (minutes !== store.syncIntervalMinutes) patch.syncIntervalMinutes = minutes;

  if (form.autoAddCustomers !== store.autoAddCustomers) patch.autoAddCustomers = form.autoAddCustomers;
  return { patch, errors };
}

/** Business problems that concern a field without naming it, given what the PATCH changed. */
export function problemFields(patch: StoreSettingsUpdate): Record<string, SettingsField[]> {
  const warehouses: SettingsField[] = (['warehouseCodes', 'orderWarehouseCode'] as const).filter(
    (field) => patch[field] !== undefined,
  );
  return { 'unknown-warehouse': warehouses, 'unknown-tax-code': ['taxCode'] };
}
