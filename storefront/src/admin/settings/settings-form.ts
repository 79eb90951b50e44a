// The store settings form's state: filled from a Store, checked in the browser, and turned into a PATCH of
// only what changed (so the gateway checks only what the admin touched against Unleashed). Order statuses (R18a),
// the order-request emails (R18), standing orders (R21) and the stock settings (R17b, B9) are part of it.
import type { ImportStatus, Store, StoreSettingsUpdate } from '../../api/types.ts';
import { toPercent } from '../../ui/format.ts';

export interface SettingsForm {
  name: string;
  /** The store's address part: buyers sign in at /s/<slug>/. */
  slug: string;
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
  orderStatuses: Store['orderStatuses'];
  orderRequestEmailToBuyer: boolean;
  orderRequestEmailToAdmin: boolean;
  standingOrdersEnabled: boolean;
  /** R17b, B9: what buyers get for a product past its stock, and whether they see the figures. */
  outOfStockPolicy: Store['outOfStockPolicy'];
  showStockCounts: boolean;
}

export type OrderStatusKey = keyof Store['orderStatuses'];
export type SettingsField = keyof SettingsForm;
/** A form error's key: a field, or one status label (`label-confirmed`, the id `store-label-confirmed`). */
export type SettingsErrorKey = SettingsField | `label-${OrderStatusKey}`;
export type SettingsErrors = Partial<Record<SettingsErrorKey, string>>;

/** The store statuses in an order's life (R18a), with what Unleashed status leads to each. */
export const ORDER_STATUSES: { key: OrderStatusKey; when: string }[] = [
  { key: 'processing', when: 'Saved in the store, not yet in Unleashed' },
  { key: 'pending-approval', when: 'Parked in Unleashed' },
  { key: 'confirmed', when: 'Placed in Unleashed' },
  { key: 'coming-soon', when: 'Backordered in Unleashed' },
  { key: 'complete', when: 'Completed in Unleashed' },
  { key: 'rejected', when: 'Deleted in Unleashed' },
];

export const IMPORT_STATUSES: Record<ImportStatus, string> = {
  Parked: 'Parked — you place each order in Unleashed yourself',
  Placed: 'Placed — orders go straight to Placed',
  Backordered: 'Backordered',
};

export function toForm(store: Store): SettingsForm {
  return {
    name: store.name,
    slug: store.slug,
    adminEmail: store.adminEmail,
    importStatus: store.importStatus,
    warehouseCodes: store.warehouseCodes.join(', '),
    orderWarehouseCode: store.orderWarehouseCode,
    taxCode: store.taxCode,
    defaultTaxRate: toPercent(store.defaultTaxRate),
    syncIntervalMinutes: String(store.syncIntervalMinutes),
    autoAddCustomers: store.autoAddCustomers,
    orderStatuses: store.orderStatuses,
    orderRequestEmailToBuyer: store.orderRequestEmailToBuyer,
    orderRequestEmailToAdmin: store.orderRequestEmailToAdmin,
    standingOrdersEnabled: store.standingOrdersEnabled ?? true,
    outOfStockPolicy: store.outOfStockPolicy,
    showStockCounts: store.showStockCounts,
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
): { patch: StoreSettingsUpdate; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const patch: StoreSettingsUpdate = {};

  const name = form.name.trim();
  if (!name) errors.name = 'Enter the store name.';
  else if (name !== store.name) patch.name = name;

  const slug = form.slug.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length < 2 || slug.length > 60)
    errors.slug = 'Use 2 to 60 lower-case letters, digits and single hyphens.';
  else if (slug !== store.slug) patch.slug = slug;

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

  const statuses: NonNullable<StoreSettingsUpdate['orderStatuses']> = {};
  for (const { key } of ORDER_STATUSES) {
    const label = form.orderStatuses[key].label.trim();
    const notifyBuyer = form.orderStatuses[key].notifyBuyer;
    const saved = store.orderStatuses[key];
    if (!label) errors[`label-${key}`] = 'Enter the label buyers see.';
    else if (label.length > 60) errors[`label-${key}`] = 'Keep the label to 60 characters.';
    const change = {
      ...(label && label.length <= 60 && label !== saved.label ? { label } : {}),
      ...(notifyBuyer !== saved.notifyBuyer ? { notifyBuyer } : {}),
    };
    if (Object.keys(change).length > 0) statuses[key] = change;
  }
  if (Object.keys(statuses).length > 0) patch.orderStatuses = statuses;
  for (const flag of ['orderRequestEmailToBuyer', 'orderRequestEmailToAdmin'] as const)
    if (form[flag] !== store[flag]) patch[flag] = form[flag];
  if (form.standingOrdersEnabled !== (store.standingOrdersEnabled ?? true))
    patch.standingOrdersEnabled = form.standingOrdersEnabled;
  if (form.outOfStockPolicy !== store.outOfStockPolicy) patch.outOfStockPolicy = form.outOfStockPolicy;
  if (form.showStockCounts !== store.showStockCounts) patch.showStockCounts = form.showStockCounts;
  return { patch, errors };
}

/** Business problems that concern a field without naming it, given what the PATCH changed. */
export function problemFields(patch: StoreSettingsUpdate): Record<string, SettingsField[]> {
  const warehouses: SettingsField[] = (['warehouseCodes', 'orderWarehouseCode'] as const).filter(
    (field) => patch[field] !== undefined,
  );
  return { 'unknown-warehouse': warehouses, 'unknown-tax-code': ['taxCode'] };
}
