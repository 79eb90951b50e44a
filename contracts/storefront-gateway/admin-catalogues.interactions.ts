// The admin's custom catalogues (R17): list, create, rename, delete, list a product in a catalogue, and assign
// a customer to it or take it out.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { EXAMPLES, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, sellable } from './givens.ts';
import { fromState, oneOf } from './matchers.ts';
import * as shapes from './shapes.ts';

const { eachLike, like, boolean } = MatchersV3;
const { storeId, catalogueId, customerGuid, productGuid } = EXAMPLES;
const catalogues = '/admin/stores/{storeId}/catalogues';
const aCatalogue: Given = [STATES.catalogue, { storeName: STORE_NAME }];
/** DEMO002 has no contacts: assigning it changes no buyer's catalogue in another interaction. */
const assigned: Given = [STATES.catalogueAssigned, { storeName: STORE_NAME, customerCode: 'DEMO002' }];
const customerInStore: Given = [STATES.customerInStore, { customerCode: 'DEMO002', storeName: STORE_NAME }];
const status = oneOf(['hidden', 'visible', 'sellable'], 'sellable');

const catalogue = {
  id: like(catalogueId),
  name: like('Trade Specials'),
  base: boolean(false),
  products: MatchersV3.atLeastLike({ productGuid: like(productGuid), code: like('DEMO-PLENTY'), status }, 0),
  customerGuids: MatchersV3.atLeastLike(customerGuid, 0),
};
const inStore = { params: { path: { storeId } } };
const theCatalogue = { params: { path: { storeId, catalogueId } } };

export function adminCatalogueContracts(): void {
  describe('custom catalogues (R17)', () => {
    it('when the catalogues page opens, then it lists Base first and then the custom catalogues', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, aCatalogue],
          as: 'admin',
          uponReceiving: "a request for the store's catalogues",
          method: 'GET',
          path: catalogues,
          status: 200,
          response: { items: eachLike(catalogue) },
        },
        (api) => api.GET(catalogues, inStore),
      );
      expect(data?.items[0]?.name).toBe('Trade Specials');
    });

    it('when the admin creates a catalogue, then it answers with it, empty', async () => {
      const body = { name: 'Trade Specials' };
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the creation of a custom catalogue',
          method: 'POST',
          path: catalogues,
          body,
          status: 201,
          response: { ...catalogue, name: 'Trade Specials', base: false, products: [], customerGuids: [] },
        },
        (api) => api.POST(catalogues, { ...inStore, body }),
      );
      expect(data?.products).toEqual([]);
    });

    it('when the admin renames a catalogue, then it answers with the new name', async () => {
      const body = { name: 'Winter Specials' };
      const { data } = await exchange(
        {
          given: [...adminOfStore, aCatalogue],
          as: 'admin',
          uponReceiving: 'the renaming of a custom catalogue',
          method: 'PATCH',
          path: `${catalogues}/{catalogueId}`,
          body,
          status: 200,
          response: { ...catalogue, name: 'Winter Specials' },
        },
        (api) => api.PATCH(`${catalogues}/{catalogueId}`, { ...theCatalogue, body }),
      );
      expect(data?.name).toBe('Winter Specials');
    });

    it('when the admin deletes a catalogue, then the answer is 204', async () => {
      const { response } = await exchange(
        {
          given: [...adminOfStore, aCatalogue],
          as: 'admin',
          uponReceiving: 'the deletion of a custom catalogue',
          method: 'DELETE',
          path: `${catalogues}/{catalogueId}`,
          status: 204,
        },
        (api) => api.DELETE(`${catalogues}/{catalogueId}`, theCatalogue),
      );
      expect(response.status).toBe(204);
    });

    it('when the admin makes the selected products Sellable in a catalogue, then it answers how many changed', async () => {
      const body = { status: 'sellable' as const, productGuids: [productGuid] };
      const path = `${catalogues}/{catalogueId}/products/status` as const;
      const { data } = await exchange(
        {
          given: [...adminOfStore, sellable(), aCatalogue],
          as: 'admin',
          uponReceiving: 'selected products made sellable in a custom catalogue',
          method: 'POST',
          path,
          body: { ...body, productGuids: [fromState('productGuid')] },
          status: 200,
          response: shapes.statusResult('sellable'),
        },
        (api) => api.POST(path, { params: { path: { storeId, catalogueId } }, body }),
      );
      expect(data?.changed).toBe(1);
    });

    it('when the admin makes a product Sellable in a catalogue, then it answers what changed and the plan count', async () => {
      const body = { status: 'sellable' as const };
      const path = `${catalogues}/{catalogueId}/products/{productGuid}/status` as const;
      const { data } = await exchange(
        {
          given: [...adminOfStore, sellable(), aCatalogue],
          as: 'admin',
          uponReceiving: 'a product made sellable in a custom catalogue',
          method: 'PUT',
          path,
          body,
          status: 200,
          response: shapes.statusResult('sellable'),
        },
        (api) => api.PUT(path, { params: { path: { storeId, catalogueId, productGuid } }, body }),
      );
      expect(data?.status).toBe('sellable');
    });

    it('when the admin assigns a customer to a catalogue, then the catalogue lists it', async () => {
      const path = `${catalogues}/{catalogueId}/customers/{customerGuid}` as const;
      const { data } = await exchange(
        {
          given: [...adminOfStore, aCatalogue, customerInStore],
          as: 'admin',
          uponReceiving: 'the assignment of a customer to a custom catalogue',
          method: 'PUT',
          path,
          status: 200,
          response: { ...catalogue, customerGuids: [fromState('customerGuid')] },
        },
        (api) => api.PUT(path, { params: { path: { storeId, catalogueId, customerGuid } } }),
      );
      expect(data?.customerGuids).toEqual([customerGuid]);
    });

    it('when the admin takes a customer out of a catalogue, then the catalogue no longer lists it', async () => {
      const path = `${catalogues}/{catalogueId}/customers/{customerGuid}` as const;
      const { data } = await exchange(
        {
          given: [...adminOfStore, assigned],
          as: 'admin',
          uponReceiving: 'the removal of a customer from a custom catalogue',
          method: 'DELETE',
          path,
          status: 200,
          response: { ...catalogue, customerGuids: [] },
        },
        (api) => api.DELETE(path, { params: { path: { storeId, catalogueId, customerGuid } } }),
      );
      expect(data?.customerGuids).toEqual([]);
    });
  });
}
