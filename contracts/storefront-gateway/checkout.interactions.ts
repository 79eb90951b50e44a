// Checkout's requested delivery date (issue 16 item 7) as the storefront uses it: sent with the order and
// answered back on it; a day in the past refused at its field.
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { buyerOfStore, cartHolds } from './givens.ts';
import { validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const address = { street: '1 Quay Street', city: 'Auckland' };

export function checkoutContracts(): void {
  describe('the requested delivery date at checkout (issue 16 item 7)', () => {
    it('when the buyer places the cart with a delivery date, then the order carries it', async () => {
      const body = { deliveryAddress: address, requiredDate: '2099-12-31' };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'the placing of a cart with a requested delivery date',
          method: 'POST',
          path: '/store/orders',
          body,
          status: 201,
          response: { ...shapes.buyerOrder, status: 'processing', requiredDate: '2099-12-31' },
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(data?.requiredDate).toBe('2099-12-31');
    });

    it('when the delivery date is in the past, then the answer is 400 naming requiredDate', async () => {
      const body = { deliveryAddress: address, requiredDate: '2000-01-01' };
      const { error } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'the placing of a cart with a delivery date in the past',
          method: 'POST',
          path: '/store/orders',
          body,
          status: 400,
          response: validationProblem('requiredDate'),
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(error?.errors?.[0]?.field).toBe('requiredDate');
    });
  });
}
