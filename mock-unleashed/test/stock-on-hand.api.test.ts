// StockOnHand: one summed row per product without a warehouse filter, per-warehouse rows with one, and the
// single-product forms /StockOnHand/{productGuid} and /StockOnHand/{productGuid}/AllWarehouses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

const { plenty, low, out } = DEFAULT_SEED_FACTS.products;
const { default: MAIN, other: NORTH } = DEFAULT_SEED_FACTS.warehouses;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

interface StockRow {
  Guid: string;
  ProductGuid: string;
  ProductCode: string;
  WarehouseId: string;
  WarehouseCode: string;
  Warehouse: string;
  QtyOnHand: number;
  AllocatedQty: number;
  AvailableQty: number;
}

async function stock(query = ''): Promise<StockRow[]> {
  const { status, body } = await mock.call('GET', `/StockOnHand?pageSize=1000&${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.Pagination.NumberOfItems).toBe(body.Items.length);
  return body.Items;
}

const byProduct = (rows: StockRow[]) => new Map(rows.map((row) => [row.ProductGuid, row]));

describe('without a warehouse filter', () => {
  it('when stock is listed, then each product has one row with empty warehouse fields and Guid = ProductGuid', async () => {
    const rows = await stock();
    expect(new Set(rows.map((row) => row.ProductGuid)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row).toMatchObject({ WarehouseId: '', WarehouseCode: '', Warehouse: '', Guid: row.ProductGuid });
    }
  });

  it('when stock is allocated, then AvailableQty is QtyOnHand minus AllocatedQty', async () => {
    const rows = await stock();
    expect(
      rows.some((row) => row.AllocatedQty > 0),
      'the seed allocates stock to open orders',
    ).toBe(true);
    for (const row of rows) expect(row.AvailableQty).toBe(row.QtyOnHand - row.AllocatedQty);
  });

  it('when a product is held in two warehouses, then its row is the sum of both', async () => {
    const [all, main, north] = [
      byProduct(await stock()),
      byProduct(await stock(`warehouseCode=${MAIN}`)),
      await stock(`warehouseCode=${NORTH}`),
    ];
    const inBoth = north.filter((row) => main.has(row.ProductGuid));
    expect(inBoth.length).toBeGreaterThan(0);
    for (const northRow of inBoth) {
      const mainRow = main.get(northRow.ProductGuid) as StockRow;
      expect(all.get(northRow.ProductGuid)).toMatchObject({
        QtyOnHand: mainRow.QtyOnHand + northRow.QtyOnHand,
        AllocatedQty: mainRow.AllocatedQty + northRow.AllocatedQty,
      });
    }
  });

  it('when the anchor products are listed, then their quantities are the documented seed facts', async () => {
    const rows = await stock(`productCode=${plenty.code}`);
    expect(rows.map((row) => [row.ProductCode, row.QtyOnHand, row.AvailableQty])).toEqual([
      [plenty.code, 500, 500],
    ]);
    const [lowRow] = await stock(`productCode=${low.code}`);
    const [outRow] = await stock(`productCode=${out.code}`);
    expect(lowRow?.AvailableQty).toBe(low.available);
    expect(outRow?.QtyOnHand).toBe(out.qtyOnHand);
  });
});

describe('with a warehouse filter', () => {
  it('when warehouseCode is given, then each row is that warehouse, with its Guid, code and name filled', async () => {
    const warehouses = (await mock.call('GET', '/Warehouses')).body.Items;
    const north = warehouses.find((w: { WarehouseCode: string }) => w.WarehouseCode === NORTH);
    const rows = await stock(`warehouseCode=${NORTH}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({
        WarehouseId: north.Guid,
        WarehouseCode: NORTH,
        Warehouse: north.WarehouseName,
      });
      expect(row.Guid).not.toBe(row.ProductGuid);
      expect(row.AvailableQty).toBe(row.QtyOnHand - row.AllocatedQty);
    }
    expect(await stock(`warehouseName=${encodeURIComponent(north.WarehouseName)}`)).toEqual(rows);
  });

  it('when a product is held in one warehouse only, then the other warehouse lists no row for it', async () => {
    const north = byProduct(await stock(`warehouseCode=${NORTH}`));
    const [plentyRow] = await stock(`productCode=${plenty.code}&warehouseCode=${MAIN}`);
    expect(plentyRow?.QtyOnHand).toBe(plenty.qtyOnHand);
    expect(north.has(plentyRow?.ProductGuid as string)).toBe(false);
  });
});

describe('one product', () => {
  it("when /StockOnHand/{productGuid} is asked, then the product's summed row comes back", async () => {
    const [row] = await stock(`productCode=${plenty.code}`);
    const { status, body } = await mock.call('GET', `/StockOnHand/${row?.ProductGuid}`);
    expect(status).toBe(200);
    expect(body).toEqual(row);
  });

  it('when /StockOnHand/{productGuid}/AllWarehouses is asked, then one row per warehouse holding it comes back', async () => {
    const north = await stock(`warehouseCode=${NORTH}`);
    const main = byProduct(await stock(`warehouseCode=${MAIN}`));
    const northRow = north.find((row) => main.has(row.ProductGuid)) as StockRow;

    const { status, body } = await mock.call('GET', `/StockOnHand/${northRow.ProductGuid}/AllWarehouses`);
    expect(status).toBe(200);
    expect(body.Items).toEqual([main.get(northRow.ProductGuid), northRow]);
  });

  it('when the product GUID is unknown, then both forms answer 404 with a Description', async () => {
    const guid = crypto.randomUUID();
    for (const path of [`/StockOnHand/${guid}`, `/StockOnHand/${guid}/AllWarehouses`]) {
      const { status, body } = await mock.call('GET', path);
      expect(status).toBe(404);
      expect(body).toEqual({ Description: expect.any(String) });
    }
  });
});
