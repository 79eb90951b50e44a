// The admin's price explanation (R17a) and the store settings added with order status labels (R18a), order
// request emails (R18) and standing orders (R21).
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_CUSTOMER, EXAMPLES, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, sellable } from './givens.ts';
import { orNull } from './matchers.ts';
import * as shapes from './shapes.ts';
import { priceStep, raisingBreak } from './stock-and-price-breaks.interactions.ts';

const { like, integer, boolean, regex, atLeastLike, eachLike } = MatchersV3;
const { storeId, customerGuid, productGuid } = EXAMPLES;
const demoInStore: Given = [STATES.customerInStore, { customerCode: BUYER_CUSTOMER, storeName: STORE_NAME }];
const nullableNumber = (example: number | null) => orNull('-?\\d+(?:\\.\\d+)?', example);
const priceRow = {
  guid: like('price-row-1'),
  minimumQuantity: integer(1),
  price: like(16.5),
  validFrom: orNull('[\\s\\S]*', null),
  validTo: orNull('[\\s\\S]*', null),
  validToday: boolean(true),
  applied: boolean(true),
};
const statusSetting = (label: string, notifyBuyer: boolean) => ({
  label: like(label),
  notifyBuyer: boolean(notifyBuyer),
});

export function adminPricesSettingsContracts(): void {
  describe('explaining a price (R17a)', () => {
    it('when the admin asks why DEMO001 pays what it pays for 10, then it shows the price, the rule and its inputs', async () => {
      const path = '/admin/stores/{storeId}/customers/{customerGuid}/prices/{productGuid}' as const;
      const { data } = await exchange(
        {
          given: [...adminOfStore, demoInStore, sellable()],
          as: 'admin',
          uponReceiving: "a request for the explanation of a customer's price at a quantity",
          method: 'GET',
          path,
          query: { quantity: '10' },
          status: 200,
          response: {
            customer: shapes.buyer.customer,
            product: { guid: like(productGuid), code: like('DEMO-PLENTY'), description: like('Plenty') },
            quantity: integer(10),
            today: regex('^\\d{4}-\\d{2}-\\d{2}$', '2026-11-23'),
            price: nullableNumber(16.5),
            rule: orNull(
              '(customer-price|quantity-break|tier-less-discount|default-sell-price)',
              'customer-price',
            ),
            explanation: like("The customer's own price"),
            steps: eachLike(priceStep),
            raisingBreaks: atLeastLike(raisingBreak, 0),
            inputs: {
              customerPrices: atLeastLike(priceRow, 0),
              quantityBreaks: atLeastLike({ ...priceRow, met: boolean(true) }, 0),
              tier: {
                name: orNull('[\\s\\S]*', 'Trade'),
                number: nullableNumber(1),
                price: nullableNumber(19),
              },
              discountRate: like(0),
              defaultSellPrice: nullableNumber(20),
            },
          },
        },
        (api) =>
          api.GET(path, {
            params: { path: { storeId, customerGuid, productGuid }, query: { quantity: 10 } },
          }),
      );
      expect(data?.rule).toBe('customer-price');
    });
  });

  describe('order statuses, order request emails and standing orders in the store settings (R18, R18a, R21)', () => {
    it('when the admin renames a status, chooses who gets order requests and allows standing orders, then the store answers with them', async () => {
      const body = {
        orderStatuses: { confirmed: { label: 'Accepted', notifyBuyer: true } },
        orderRequestEmailToBuyer: true,
        orderRequestEmailToAdmin: false,
        standingOrdersEnabled: true,
      };
      const defaults: Given = [STATES.defaultOrderSettings, { storeName: STORE_NAME }];
      const { data } = await exchange(
        {
          given: [...adminOfStore, defaults],
          as: 'admin',
          uponReceiving: 'a change of an order status label, the order request emails and standing orders',
          method: 'PATCH',
          path: '/admin/stores/{storeId}',
          body,
          status: 200,
          response: {
            ...shapes.store,
            orderStatuses: {
              processing: statusSetting('Processing', false),
              'pending-approval': statusSetting('Pending Approval', false),
              confirmed: { label: 'Accepted', notifyBuyer: true },
              'coming-soon': statusSetting('Coming Soon', false),
              complete: statusSetting('Complete', true),
              rejected: statusSetting('Rejected', true),
            },
            orderRequestEmailToBuyer: true,
            orderRequestEmailToAdmin: false,
            standingOrdersEnabled: true,
          },
        },
        (api) => api.PATCH('/admin/stores/{storeId}', { params: { path: { storeId } }, body }),
      );
      expect(data?.orderStatuses.confirmed.label).toBe('Accepted');
    });
  });
}
