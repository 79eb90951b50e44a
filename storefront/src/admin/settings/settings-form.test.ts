// The settings form sends only what changed, as the gateway expects it, and catches plain mistakes first.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../api/types.ts';
import { problemFields, toForm, toPatch } from './settings-form.ts';

const store: Store = {
  id: 's1',
  name: 'Trade Store',
  slug: 'trade-store',
  adminEmail: 'orders@supplier.example',
  importStatus: 'Parked',
  warehouseCodes: ['MAIN', 'NORTH'],
  branding: { brandColour: null, bannerText: null, logoUrl: null },
  orderWarehouseCode: 'MAIN',
  taxCode: 'G.S.T.',
  defaultTaxRate: 0.15,
  syncIntervalMinutes: 15,
  autoAddCustomers: true,
  outOfStockPolicy: 'visible',
  showStockCounts: true,
  orderStatuses: {
    processing: { label: 'Processing', notifyBuyer: false },
    'pending-approval': { label: 'Pending Approval', notifyBuyer: false },
    confirmed: { label: 'Confirmed', notifyBuyer: true },
    'coming-soon': { label: 'Coming Soon', notifyBuyer: false },
    complete: { label: 'Complete', notifyBuyer: true },
    rejected: { label: 'Rejected', notifyBuyer: true },
  },
  orderRequestEmailToBuyer: true,
  orderRequestEmailToAdmin: true,
  unleashed: { apiId: 'id', baseUrl: 'http://127.0.0.1:4010', connectedAt: '2026-01-01T00:00:00Z' },
  createdAt: '2026-01-01T00:00:00Z',
};

describe('toPatch', () => {
  it('when nothing changed, then the patch is empty', () => {
    expect(toPatch(toForm(store), store)).toEqual({ patch: {}, errors: {} });
  });

  it('when the out-of-stock setting and the stock-counts switch change, then both are sent (R17b)', () => {
    const form = { ...toForm(store), outOfStockPolicy: 'sellable' as const, showStockCounts: false };
    expect(toPatch(form, store).patch).toEqual({ outOfStockPolicy: 'sellable', showStockCounts: false });
  });

  it('when the rate, warehouses and interval change, then only they are sent, the rate as a fraction', () => {
    const form = {
      ...toForm(store),
      defaultTaxRate: '12.5',
      warehouseCodes: 'MAIN,  SOUTH ',
      syncIntervalMinutes: '30',
    };
    expect(toPatch(form, store).patch).toEqual({
      defaultTaxRate: 0.125,
      warehouseCodes: ['MAIN', 'SOUTH'],
      syncIntervalMinutes: 30,
    });
  });

  it('when values are plainly wrong, then they are caught by field before any request', () => {
    const form = {
      ...toForm(store),
      warehouseCodes: ' , ',
      defaultTaxRate: '150',
      syncIntervalMinutes: '2.5',
    };
    expect(Object.keys(toPatch(form, store).errors).sort()).toEqual([
      'defaultTaxRate',
      'syncIntervalMinutes',
      'warehouseCodes',
    ]);
  });
});

describe('toPatch: orders (R18, R18a, R21)', () => {
  it('when a status label is renamed and its email switched off, then only that status is sent, trimmed', () => {
    const form = toForm(store);
    form.orderStatuses = {
      ...form.orderStatuses,
      confirmed: { label: '  On its way ', notifyBuyer: false },
    };
    expect(toPatch(form, store).patch).toEqual({
      orderStatuses: { confirmed: { label: 'On its way', notifyBuyer: false } },
    });
  });

  it('when a label is emptied, then the error is at that label and nothing is sent for it', () => {
    const form = toForm(store);
    form.orderStatuses = { ...form.orderStatuses, complete: { label: '  ', notifyBuyer: true } };
    const { patch, errors } = toPatch(form, store);
    expect(errors).toEqual({ 'label-complete': 'Enter the label buyers see.' });
    expect(patch).toEqual({});
  });

  it('when the order emails and standing orders are switched off, then the three switches are sent', () => {
    const form = {
      ...toForm(store),
      orderRequestEmailToBuyer: false,
      orderRequestEmailToAdmin: false,
      standingOrdersEnabled: false,
    };
    expect(toPatch(form, store).patch).toEqual({
      orderRequestEmailToBuyer: false,
      orderRequestEmailToAdmin: false,
      standingOrdersEnabled: false,
    });
  });
});

describe('problemFields', () => {
  it('when only the order warehouse changed, then an unknown warehouse is its problem', () => {
    expect(problemFields({ orderWarehouseCode: 'X' })['unknown-warehouse']).toEqual(['orderWarehouseCode']);
  });
});
