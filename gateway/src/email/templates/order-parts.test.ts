// The order emails say a line's backordered part (B9) in the HTML and the text, and nothing on a line without one.
import { describe, expect, it } from 'vitest';
import { sampleVariables } from '../../../test/email-fixtures.ts';
import { renderEmail } from '../email.render.ts';
import type { EmailContext } from '../email.types.ts';

const context: EmailContext = {
  storeName: 'Demo Store',
  timeZone: 'Pacific/Auckland',
};

const backordered = {
  productCode: 'DEMO-LOW',
  description: 'Demo Low Stock Widget',
  quantity: 8,
  unitPrice: 2,
  lineTotal: 16,
  backorderQuantity: 3,
};
const inStock = { ...backordered, productCode: 'DEMO-PLENTY', description: 'Plenty', backorderQuantity: 0 };

describe('a backordered line in the order emails', () => {
  it('when a line has 3 on backorder, then the status email and both order requests say "3 on backorder" on it, and an in-stock line says nothing', async () => {
    const status = sampleVariables['order-status-changed'];
    const buyer = sampleVariables['order-request-buyer'];
    const admin = sampleVariables['order-request-admin'];
    const emails = await Promise.all([
      renderEmail(
        'order-status-changed',
        { ...status, order: { ...status.order, lines: [backordered, inStock] } },
        context,
      ),
      renderEmail(
        'order-request-buyer',
        { ...buyer, order: { ...buyer.order, lines: [backordered, inStock] } },
        context,
      ),
      renderEmail(
        'order-request-admin',
        { ...admin, order: { ...admin.order, lines: [backordered, inStock] } },
        context,
      ),
    ]);
    for (const email of emails) {
      expect(email.text).toContain(
        '8 x DEMO-LOW Demo Low Stock Widget @ NZ$2.00 = NZ$16.00 (3 on backorder)',
      );
      expect(email.text).toMatch(/8 x DEMO-PLENTY Plenty @ NZ\$2\.00 = NZ\$16\.00\n/);
      expect(email.html).toContain('Demo Low Stock Widget — 3 on backorder');
      expect(email.html.match(/on backorder/g)).toHaveLength(1);
    }
  });
});
