// The lines of one sales order and the two forms that change them: change a line, add a charge (freight).
// Both write the whole line list back with PUT /SalesOrders/{guid}, as Unleashed's own screen does.
import { act, actionButton, panelForm } from '../actions.js';
import { unleashed } from '../api.js';
import { field, h, money, selectControl, table } from '../dom.js';

/** A stored line in the form PUT takes back; totals and tax of a changed line are left for the mock. */
function asWritten(line) {
  return {
    Guid: line.Guid,
    LineNumber: line.LineNumber,
    LineType: line.LineType,
    Product:
      line.LineType === 'Charge'
        ? { ProductDescription: line.Product.ProductDescription }
        : { Guid: line.Product.Guid },
    OrderQuantity: line.OrderQuantity,
    UnitPrice: line.UnitPrice,
    DiscountRate: line.DiscountRate,
    LineTax: line.LineTax,
    LineTaxCode: line.LineTaxCode,
    Comments: line.Comments,
  };
}

const lineName = (line) =>
  line.LineType === 'Charge'
    ? `Charge: ${line.Product.ProductDescription}`
    : `${line.LineNumber}. ${line.Product.ProductCode} · ${line.Product.ProductDescription}`;

/** The lines table; with `writable`, each line has a Remove button (DELETE /SalesOrders/Lines/{guid}). */
export function linesTable(order, writable, refresh) {
  const remove = (line) =>
    actionButton(
      'Remove',
      () =>
        act(
          `Removed ${lineName(line)}.`,
          () => unleashed('DELETE', `/SalesOrders/Lines/${line.Guid}`),
          refresh,
        ),
      { 'aria-label': `Remove ${lineName(line)}`, class: 'danger' },
    );
  return table(
    'Lines',
    [
      { header: 'Line', cell: lineName },
      { header: 'Quantity', cell: (line) => String(line.OrderQuantity), numeric: true },
      { header: 'Unit price', cell: (line) => money(line.UnitPrice), numeric: true },
      {
        header: 'Discount',
        cell: (line) => `${Math.round(line.DiscountRate * 10000) / 100}%`,
        numeric: true,
      },
      { header: 'Line total', cell: (line) => money(line.LineTotal), numeric: true },
      { header: 'Tax', cell: (line) => money(line.LineTax), numeric: true },
      ...(writable ? [{ header: 'Actions', cell: remove }] : []),
    ],
    order.SalesOrderLines,
  );
}

const put = (order, lines) => unleashed('PUT', `/SalesOrders/${order.Guid}`, { SalesOrderLines: lines });

/** "Change a line": quantity, unit price and discount of one line. */
export function changeLineForm(order, refresh) {
  const lines = order.SalesOrderLines;
  const quantity = h('input', { name: 'quantity', type: 'number', step: 'any', min: '0', required: true });
  const price = h('input', { name: 'price', type: 'number', step: '0.01', min: '0', required: true });
  const discount = h('input', {
    name: 'discount',
    type: 'number',
    step: 'any',
    min: '0',
    max: '100',
    required: true,
  });
  const choose = selectControl(
    'line',
    lines.map((line, i) => [String(i), lineName(line)]),
  );
  const fill = () => {
    const line = lines[Number(choose.value)];
    quantity.value = String(line.OrderQuantity);
    price.value = String(line.UnitPrice);
    discount.value = String(Math.round(line.DiscountRate * 10000) / 100);
  };
  choose.addEventListener('change', fill);
  fill();
  return panelForm(
    { id: 'change-line', heading: 'Change a line' },
    [
      field('Line', choose),
      field('Quantity', quantity),
      field('Unit price', price),
      field('Discount %', discount),
      h('button', { type: 'submit' }, 'Save line'),
    ],
    (form) => {
      const at = Number(form.get('line'));
      const written = lines.map(asWritten);
      written[at] = {
        ...written[at],
        LineTax: undefined,
        OrderQuantity: Number(form.get('quantity')),
        UnitPrice: Number(form.get('price')),
        DiscountRate: Number(form.get('discount')) / 100,
      };
      return act(`Saved ${lineName(lines[at])}.`, () => put(order, written), refresh);
    },
  );
}

/** "Add a charge": a Charge line (e.g. Freight) appended to the order. */
export function addChargeForm(order, refresh) {
  return panelForm(
    { id: 'add-charge', heading: 'Add a charge' },
    [
      field('Charge name', h('input', { name: 'name', value: 'Freight', required: true, maxlength: '500' })),
      field('Amount', h('input', { name: 'amount', type: 'number', step: '0.01', min: '0', required: true })),
      h('button', { type: 'submit' }, 'Add charge'),
    ],
    (form) => {
      const charge = {
        LineType: 'Charge',
        Product: { ProductDescription: String(form.get('name')) },
        OrderQuantity: 1,
        UnitPrice: Number(form.get('amount')),
      };
      const lines = [...order.SalesOrderLines.map(asWritten), charge];
      return act(`Added charge ${charge.Product.ProductDescription}.`, () => put(order, lines), refresh);
    },
  );
}
