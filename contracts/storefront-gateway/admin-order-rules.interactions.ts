// The admin's order-rule overrides (B4) as the admin pages use them: a customer's own rules in its slide-out
// (each product override with its code), and one product's quantity rule on the products page, with the
// refusal the form shows when the maximum is below the minimum.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_CUSTOMER, EXAMPLES, SELLABLE_PRODUCT, STATES } from './contract.ts';
import { adminOfStore } from './givens.ts';
import { fromState, validationProblem } from './matchers.ts';

const { eachLike, integer, like } = MatchersV3;
const { storeId, customerGuid, productGuid } = EXAMPLES;
const customerPath = { params: { path: { storeId, customerGuid } } };
const productPath = { params: { path: { storeId, productGuid } } };
const customerInSixes: Given = [
  STATES.customerSellsInMultiples,
  { customerCode: BUYER_CUSTOMER, productCode: SELLABLE_PRODUCT, multiple: 6 },
];
const inTwelves: Given = [STATES.soldInMultiples, { productCode: SELLABLE_PRODUCT, multiple: 12 }];
const override = (multiple: number) => ({
  productGuid: like(productGuid),
  productCode: like(SELLABLE_PRODUCT),
  minimum: null,
  maximum: null,
  multiple: integer(multiple),
});

export function adminOrderRuleContracts(): void {
  describe("a customer's own order rules (B4)", () => {
    it('when the admin opens a customer, then its order rules come with each product override and its code', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, customerInSixes],
          as: 'admin',
          uponReceiving: "a request for a customer's own order rules",
          method: 'GET',
          path: '/admin/stores/{storeId}/customers/{customerGuid}/order-rules',
          status: 200,
          response: { minimumOrderValue: null, products: eachLike(override(6)) },
        },
        (api) => api.GET('/admin/stores/{storeId}/customers/{customerGuid}/order-rules', customerPath),
      );
      expect(data?.products[0]?.productCode).toBe(SELLABLE_PRODUCT);
    });

    it("when the admin saves a customer's minimum and a product override, then the saved rules come back", async () => {
      const body = {
        minimumOrderValue: 120,
        products: [{ productGuid, minimum: 6, maximum: null, multiple: 6 }],
      };
      const { data } = await exchange(
        {
          given: [...adminOfStore, customerInSixes],
          as: 'admin',
          uponReceiving: "a customer's new order rules",
          method: 'PUT',
          path: '/admin/stores/{storeId}/customers/{customerGuid}/order-rules',
          body: { ...body, products: [{ ...body.products[0], productGuid: fromState('productGuid') }] },
          status: 200,
          response: {
            minimumOrderValue: like(120),
            products: eachLike({ ...override(6), minimum: integer(6) }),
          },
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/order-rules', { ...customerPath, body }),
      );
      expect(data?.minimumOrderValue).toBe(120);
    });
  });

  describe("a product's quantity rule (B4)", () => {
    it("when the admin opens a product's rule, then it shows Unleashed's values, the override and what buyers get", async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, inTwelves],
          as: 'admin',
          uponReceiving: "a request for a product's quantity rule",
          method: 'GET',
          path: '/admin/stores/{storeId}/products/{productGuid}/quantity-rule',
          status: 200,
          response: {
            productGuid: like(productGuid),
            // The seed's product has no minimum and no pack size in Unleashed.
            fromUnleashed: { minimumSaleQuantity: null, packSize: null },
            override: { minimum: null, maximum: null, multiple: integer(12) },
            effective: { minimum: null, maximum: null, multiple: integer(12) },
          },
        },
        (api) => api.GET('/admin/stores/{storeId}/products/{productGuid}/quantity-rule', productPath),
      );
      expect(data?.override.multiple).toBe(12);
    });

    it("when the admin saves a product's override, then the rule buyers get comes back", async () => {
      const body = { minimum: 6, maximum: null, multiple: 6 };
      const { data } = await exchange(
        {
          given: [...adminOfStore, inTwelves],
          as: 'admin',
          uponReceiving: "a product's new quantity override",
          method: 'PUT',
          path: '/admin/stores/{storeId}/products/{productGuid}/quantity-rule',
          body,
          status: 200,
          response: {
            productGuid: like(productGuid),
            fromUnleashed: { minimumSaleQuantity: null, packSize: null },
            override: { minimum: integer(6), maximum: null, multiple: integer(6) },
            effective: { minimum: integer(6), maximum: null, multiple: integer(6) },
          },
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/products/{productGuid}/quantity-rule', { ...productPath, body }),
      );
      expect(data?.effective.multiple).toBe(6);
    });

    it('when the maximum is below the minimum, then the answer is 400 naming the field', async () => {
      const body = { minimum: 10, maximum: 5, multiple: null };
      const { error } = await exchange(
        {
          given: [...adminOfStore, inTwelves],
          as: 'admin',
          uponReceiving: 'a quantity override whose maximum is below its minimum',
          method: 'PUT',
          path: '/admin/stores/{storeId}/products/{productGuid}/quantity-rule',
          body,
          status: 400,
          response: validationProblem('override.maximum'),
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/products/{productGuid}/quantity-rule', { ...productPath, body }),
      );
      expect(error?.type).toMatch(/validation-failed$/);
    });
  });
}
