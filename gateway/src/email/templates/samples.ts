// The sample people, order and links every preview is rendered with (issue 16 item 9): what the admin sees in
// place of the real values before saving a template.
import type { OrderEmailSummary } from './order-parts.ts';

export const SAMPLE = {
  firstName: 'Alex',
  customerName: 'Sample Customer Ltd',
  contactEmail: 'alex@sample-customer.example',
  portalUrl: 'https://portal.example',
} as const;

const DAY = 86_400_000;

/** An ISO instant `days` after `now`. */
export const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString();

/** A two-line order with freight, placed `now`. */
export function sampleOrder(now: Date): OrderEmailSummary {
  return {
    orderNumber: 'SO-00001',
    storeReference: null,
    placedAt: now.toISOString(),
    customerName: SAMPLE.customerName,
    purchaseOrderRef: 'PO-1234',
    currency: 'NZD',
    lines: [
      { productCode: 'SAMPLE-1', description: 'Sample product', quantity: 2, unitPrice: 10, lineTotal: 20 },
      {
        productCode: 'SAMPLE-2',
        description: 'Another product',
        quantity: 1,
        unitPrice: 5.5,
        lineTotal: 5.5,
      },
    ],
    charges: [{ description: 'Freight', amount: 8 }],
    subTotal: 33.5,
    taxTotal: 5.03,
    total: 38.53,
    deliveryAddress: ['1 Sample Street', 'Auckland 1010'],
    comment: null,
    orderUrl: `${SAMPLE.portalUrl}/#/orders/sample`,
  };
}
