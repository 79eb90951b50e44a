// A product's stock in each warehouse, and the stock adjustment form. Reading is Unleashed's
// /StockOnHand/{guid}/AllWarehouses; the adjustment goes through /__control/stock, as the mock has no
// Unleashed endpoint for stock adjustments (it still moves LastModifiedOn, so modifiedSince finds it).
import { act, panelForm } from '../actions.js';
import { control, unleashed } from '../api.js';
import { field, h, money, selectControl, table } from '../dom.js';

function adjustForm(product, warehouses, refresh) {
  return panelForm(
    { id: 'adjust-stock', heading: 'Adjust stock' },
    [
      field(
        'Warehouse',
        selectControl(
          'warehouse',
          warehouses.map((w) => [w.WarehouseCode, `${w.WarehouseCode} · ${w.WarehouseName}`]),
          warehouses.find((w) => w.IsDefault)?.WarehouseCode,
        ),
      ),
      field(
        'Change',
        selectControl('mode', [
          ['adjustBy', 'Adjust on hand by'],
          ['setQtyOnHand', 'Set on hand to'],
        ]),
      ),
      field('Quantity', h('input', { name: 'quantity', type: 'number', step: 'any', required: true })),
      h('button', { type: 'submit' }, 'Adjust stock'),
    ],
    (form) => {
      const warehouseCode = String(form.get('warehouse'));
      const body = {
        productGuid: product.Guid,
        warehouseCode,
        [String(form.get('mode'))]: Number(form.get('quantity')),
      };
      return act(
        (row) => `${product.ProductCode} in ${warehouseCode}: ${row.QtyOnHand} on hand.`,
        () => control('POST', '/stock', body),
        refresh,
      );
    },
  );
}

/** The stock table and the adjustment form of one product. */
export async function stockSection(product, refresh) {
  const [rows, warehouses] = await Promise.all([
    unleashed('GET', `/StockOnHand/${product.Guid}/AllWarehouses`),
    unleashed('GET', '/Warehouses'),
  ]);
  return h(
    'div',
    {},
    table(
      'Stock per warehouse',
      [
        { header: 'Warehouse', cell: (r) => `${r.WarehouseCode} · ${r.Warehouse}` },
        { header: 'On hand', cell: (r) => String(r.QtyOnHand), numeric: true },
        { header: 'Allocated', cell: (r) => String(r.AllocatedQty), numeric: true },
        { header: 'Available', cell: (r) => String(r.AvailableQty), numeric: true },
        { header: 'Average cost', cell: (r) => money(r.AvgCost), numeric: true },
      ],
      rows.Items,
      { empty: 'no stock in any warehouse.' },
    ),
    adjustForm(product, warehouses.Items, refresh),
  );
}
