// An order's (or a cart's) product lines in one table, as the buyer's order, checkout and the admin's order panel
// show them: product, quantity, unit price and line total, with any charges (freight and others added in
// Unleashed, R19) as rows under the lines.
import type { ComponentChildren } from 'preact';
import { DataTable } from './data-table.tsx';
import { formatNumber } from './format.ts';
import { formatMoney } from './money.ts';

export type OrderLine = {
  code: string;
  description: string;
  quantity: number;
  unitPrice: number | null;
  lineTotal: number | null;
  backorderQuantity?: number | null;
};

export type OrderCharge = { description: string; amount: number };

/** A line's description and code. */
function namedLine(line: OrderLine): ComponentChildren {
  return (
    <>
      {line.description} <span class="product-code">{line.code}</span>
    </>
  );
}

/** The buyer's order row heading: description, code, and a backordered part on its own line (B9). */
export function describedLine(line: OrderLine): ComponentChildren {
  return (
    <>
      {namedLine(line)}
      {line.backorderQuantity ? (
        <p class="line-backorder">{formatNumber(line.backorderQuantity)} on backorder</p>
      ) : null}
    </>
  );
}

/**
 * `product` draws a line's row heading (`describedLine` unless given); quantities are locale-formatted;
 * `totalHeading` names the last column ("Line total" unless given).
 */
export function OrderLinesTable(props: {
  lines: readonly OrderLine[];
  label?: string;
  caption?: ComponentChildren;
  totalHeading?: string;
  product?: (line: OrderLine) => ComponentChildren;
  charges?: readonly OrderCharge[];
}) {
  const product = props.product ?? describedLine;
  return (
    <DataTable
      label={props.label}
      shownCaption={props.caption}
      columns={[
        'Product',
        { heading: 'Quantity', num: true },
        { heading: 'Unit price', num: true },
        { heading: props.totalHeading ?? 'Line total', num: true },
      ]}
      rows={props.lines}
      rowKey={(line, index) => `${line.code}-${index}`}
      cells={(line) => (
        <>
          <th scope="row">{product(line)}</th>
          <td class="num">{formatNumber(line.quantity)}</td>
          <td class="num">{formatMoney(line.unitPrice)}</td>
          <td class="num">{formatMoney(line.lineTotal)}</td>
        </>
      )}
      moreRows={props.charges?.map((charge, index) => (
        <tr key={`${charge.description}-${index}`}>
          <th scope="row" colSpan={3}>
            {charge.description}
          </th>
          <td class="num">{formatMoney(charge.amount)}</td>
        </tr>
      ))}
    />
  );
}
