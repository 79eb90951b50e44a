// The admin's store categories (R3) beside Unleashed's product groups: list, create, rename, delete, and
// choose a category's products.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { EXAMPLES, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, sellable } from './givens.ts';
import { fromState, oneOf } from './matchers.ts';

const { eachLike, like } = MatchersV3;
const { storeId, categoryId, productGuid } = EXAMPLES;
const categories = '/admin/stores/{storeId}/categories';
const aCategory: Given = [STATES.category, { storeName: STORE_NAME }];
const category = {
  id: like(categoryId),
  name: like('Summer range'),
  source: oneOf(['unleashed', 'store'], 'store'),
  productGuids: MatchersV3.atLeastLike(productGuid, 0),
};
const inStore = { params: { path: { storeId } } };
const theCategory = { params: { path: { storeId, categoryId } } };

export function adminCategoryContracts(): void {
  describe('store categories (R3)', () => {
    it("when the categories page opens, then it lists Unleashed's product groups and the store's own", async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, aCategory],
          as: 'admin',
          uponReceiving: "a request for the store's categories",
          method: 'GET',
          path: categories,
          status: 200,
          response: { items: eachLike(category) },
        },
        (api) => api.GET(categories, inStore),
      );
      expect(data?.items[0]?.source).toBe('store');
    });

    it('when the admin creates a category, then it answers with it, from the store', async () => {
      const body = { name: 'Summer range' };
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the creation of a store category',
          method: 'POST',
          path: categories,
          body,
          status: 201,
          response: { ...category, name: 'Summer range', source: 'store' },
        },
        (api) => api.POST(categories, { ...inStore, body }),
      );
      expect(data?.name).toBe('Summer range');
    });

    it('when the admin renames a category, then it answers with the new name', async () => {
      const body = { name: 'Autumn range' };
      const { data } = await exchange(
        {
          given: [...adminOfStore, aCategory],
          as: 'admin',
          uponReceiving: 'the renaming of a store category',
          method: 'PATCH',
          path: `${categories}/{categoryId}`,
          body,
          status: 200,
          response: { ...category, name: 'Autumn range' },
        },
        (api) => api.PATCH(`${categories}/{categoryId}`, { ...theCategory, body }),
      );
      expect(data?.name).toBe('Autumn range');
    });

    it('when the admin deletes a category, then the answer is 204', async () => {
      const { response } = await exchange(
        {
          given: [...adminOfStore, aCategory],
          as: 'admin',
          uponReceiving: 'the deletion of a store category',
          method: 'DELETE',
          path: `${categories}/{categoryId}`,
          status: 204,
        },
        (api) => api.DELETE(`${categories}/{categoryId}`, theCategory),
      );
      expect(response.status).toBe(204);
    });

    it("when the admin chooses a category's products, then the category lists them", async () => {
      const body = { productGuids: [productGuid] };
      const { data } = await exchange(
        {
          given: [...adminOfStore, sellable(), aCategory],
          as: 'admin',
          uponReceiving: 'the choice of the products in a store category',
          method: 'PUT',
          path: `${categories}/{categoryId}/products`,
          body: { productGuids: [fromState('productGuid')] },
          status: 200,
          response: { ...category, productGuids: [fromState('productGuid')] },
        },
        (api) => api.PUT(`${categories}/{categoryId}/products`, { ...theCategory, body }),
      );
      expect(data?.productGuids).toEqual([productGuid]);
    });
  });
}
