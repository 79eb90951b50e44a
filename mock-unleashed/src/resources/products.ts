// /Products: list (filters of S-PROD), one by GUID, create or update by GUID, and obsolete.

import { randomUUID } from 'node:crypto';
import type { Request, Router } from 'express';
import type { MockContext } from '../context.ts';
import { toWireDate } from '../dates.ts';
import { type FieldError, fieldError, notFound, validationError } from '../errors.ts';
import { queryFlag, queryText } from '../query.ts';
import { baseUrlOf, sendJson } from '../respond.ts';
import { type ProductSpec, productRecord } from '../seed/product-record.ts';
import type { Product, ProductWrite, SellPriceTier } from '../types.ts';
import { applyFilters, guidListFilter, modifiedSinceFilter, orderRecords, textFilter } from './filters.ts';
import { pagedRoutes } from './paged-routes.ts';
import { customerSellPrice, refreshPriceRows } from './prices.ts';

const TIERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
type TierKey = `SellPriceTier${(typeof TIERS)[number]}`;

const BRIEF_FIELDS = [
  'Guid',
  'ProductCode',
  'ProductDescription',
  'DefaultPurchasePrice',
  'DefaultSellPrice',
  'SellPriceTier1',
  'DefaultSupplierId',
] as const;

/** Makes stored relative image paths absolute for the client that asked. */
function withAbsoluteImages(product: Product, baseUrl: string): Product {
  const absolute = (url: string) => (url.startsWith('/') ? baseUrl + url : url);
  return {
    ...product,
    ImageUrl: product.ImageUrl ? absolute(product.ImageUrl) : (product.ImageUrl ?? null),
    Images: product.Images ? product.Images.map((image) => ({ ...image, Url: absolute(image.Url) })) : null,
  };
}

export function productsRouter(context: MockContext): Router {
  const { store, clock } = context;

  const present = (product: Product, req: Request): unknown => {
    const customerCode = queryText(req.query.customerCode);
    const full = withAbsoluteImages(product, baseUrlOf(req));
    full.CustomerSellPrice = customerCode
      ? customerSellPrice(store.data.productPrices, customerCode, product.Guid, clock.now())
      : null;
    if (!queryFlag(req.query.includeAttributes)) full.AttributeSet = null;
    if (!queryFlag(req.query.brief)) return full;
    return Object.fromEntries(BRIEF_FIELDS.map((field) => [field, full[field] ?? null]));
  };

  const select = (req: Request): readonly Product[] => {
    const q = req.query;
    const filtered = applyFilters(store.data.products, [
      queryFlag(q.includeObsolete) ? undefined : (p) => !p.Obsolete,
      modifiedSinceFilter(q.modifiedSince),
      textFilter(q.productCode, (p) => p.ProductCode, 'startsWith'),
      textFilter(q.productDescription, (p) => p.ProductDescription, 'startsWith'),
      textFilter(q.ProductBarcode, (p) => p.Barcode, 'exact', true),
      textFilter(q.productGroup, (p) => p.ProductGroup?.GroupName, 'exact'),
      guidListFilter(q.productId, (p) => p.Guid),
      queryText(q.product) === undefined
        ? undefined
        : (p) => {
            const needle = String(q.product).toLowerCase();
            return (
              p.ProductCode.toLowerCase().includes(needle) ||
              p.ProductDescription.toLowerCase().includes(needle)
            );
          },
      queryFlag(q.excludeAssembled) ? (p) => !p.IsAssembledProduct : undefined,
      queryFlag(q.excludeComponents) ? (p) => !p.IsComponent : undefined,
    ]);
    return orderRecords(filtered, q.orderBy, (p) => p.ProductCode);
  };

  const router = pagedRoutes<Product>(context, {
    path: '/Products',
    what: 'Product',
    select,
    present,
    findOne: (guid) => store.byGuid('products').get(guid),
  });

  router.post('/Products/Obsolete/:productGuid', async (req, res) => {
    const product = store.byGuid('products').get(req.params.productGuid.toLowerCase());
    if (!product) throw notFound('Product');
    if (!product.Obsolete) {
      product.Obsolete = true;
      stamp(product, context);
      await store.commit();
      context.events.emit('product.updated', product.Guid);
    }
    sendJson(res, 200, present(product, req));
  });

  router.post('/Products/:guidOrPage', async (req, res) => {
    const guid = req.params.guidOrPage.toLowerCase();
    const body = req.body as ProductWrite;
    const existing = store.byGuid('products').get(guid);
    const problems = checkProduct(context, body, existing, guid);
    if (problems.length > 0) throw validationError(problems);

    const product = existing ?? newProduct(context, guid, body);
    applyProductWrite(context, product, body);
    stamp(product, context);
    if (existing) refreshPriceRows(store.data.productPrices, product);
    else store.data.products.push(product);
    await store.commit();
    context.events.emit(existing ? 'product.updated' : 'product.created', product.Guid);
    sendJson(res, existing ? 200 : 201, present(product, req));
  });

  return router;
}

function checkProduct(
  context: MockContext,
  body: ProductWrite,
  existing: Product | undefined,
  guid: string,
): FieldError[] {
  const problems: FieldError[] = [];
  if (!existing && !body.ProductCode)
    problems.push(fieldError('ProductCode', 'ProductCode is required.', 'Required'));
  if (!existing && !body.ProductDescription) {
    problems.push(fieldError('ProductDescription', 'ProductDescription is required.', 'Required'));
  }
  if (body.ProductCode) {
    const code = body.ProductCode.toLowerCase();
    const clash = context.store.data.products.find(
      (p) => p.ProductCode.toLowerCase() === code && p.Guid !== guid,
    );
    if (clash)
      problems.push(
        fieldError('ProductCode', `ProductCode ${body.ProductCode} is already used.`, 'Duplicate'),
      );
  }
  if (body.ProductGroup?.GroupName !== undefined && !groupNamed(context, body.ProductGroup.GroupName)) {
    problems.push(
      fieldError('ProductGroup', `Product group ${body.ProductGroup.GroupName} does not exist.`, 'NotFound'),
    );
  }
  return problems;
}

function groupNamed(context: MockContext, name: string) {
  return context.store.data.productGroups.find(
    (group) => group.GroupName.toLowerCase() === name.toLowerCase(),
  );
}

function applyProductWrite(context: MockContext, product: Product, body: ProductWrite): void {
  const simple = [
    'ProductCode',
    'ProductDescription',
    'Barcode',
    'Notes',
    'Weight',
    'DefaultSellPrice',
    'DefaultPurchasePrice',
    'MinimumSellPrice',
    'MinimumSaleQuantity',
    'PackSize',
    'IsSellable',
    'Obsolete',
    'TaxableSales',
    'XeroSalesTaxCode',
  ] as const;
  const target = product as Record<string, unknown>;
  for (const field of simple) if (body[field] !== undefined) target[field] = body[field];
  if (body.XeroSalesTaxCode !== undefined)
    product.XeroSalesTaxRate = body.XeroSalesTaxCode
      ? (context.store.data.taxes.find((t) => t.TaxCode === body.XeroSalesTaxCode && t.CanApplyToRevenue)
          ?.TaxRate ?? null)
      : null;
  for (const tier of TIERS) {
    const key: TierKey = `SellPriceTier${tier}`;
    const sent = body[key];
    if (sent) product[key] = { Name: tierName(context, tier), Value: sent.Value } satisfies SellPriceTier;
  }
  if (body.ProductGroup === null) product.ProductGroup = null;
  else if (body.ProductGroup?.GroupName !== undefined)
    product.ProductGroup = groupNamed(context, body.ProductGroup.GroupName) ?? null;
}

function tierName(context: MockContext, tier: number): string {
  return (
    context.store.data.sellPriceTiers.find((t) => t.TierNumber === tier)?.Name ?? `Sell Price Tier ${tier}`
  );
}

function stamp(product: Product, context: MockContext): void {
  product.LastModifiedOn = toWireDate(context.clock.now());
  product.LastModifiedBy = context.actor;
}

function newProduct(context: MockContext, guid: string, body: ProductWrite): Product {
  const now = context.clock.now();
  const spec: ProductSpec = {
    guid,
    code: body.ProductCode ?? '',
    description: body.ProductDescription ?? '',
    group: null,
    unit: { Guid: randomUUID(), Name: 'EA' },
    sellPrice: null,
    purchasePrice: null,
    tierValues: [],
    minimumSellPrice: null,
    barcode: null,
    packSize: null,
    weight: null,
    obsolete: false,
    sellable: true,
    salesTaxCode: null,
    images: 0,
    createdBy: context.actor,
    createdOn: now,
    modifiedOn: now,
  };
  return productRecord(
    spec,
    TIERS.map((tier) => ({ Name: tierName(context, tier) })),
  );
}
