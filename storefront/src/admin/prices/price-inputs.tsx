// What a price explanation considered (R17a): the customer's own prices, the quantity breaks, its tier and
// discount, and the default sell price; the row that was applied is marked.
import type { PriceExplanation } from '../../api/types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { formatMoney, formatRate } from '../../ui/money.ts';

type Row = PriceExplanation['inputs']['customerPrices'][number];

function Rows({ caption, rows, empty }: { caption: string; rows: Row[]; empty: string }) {
  if (rows.length === 0) return <p class="muted">{empty}</p>;
  return (
    <DataTable
      label={caption}
      columns={[{ heading: 'From quantity', num: true }, { heading: 'Price', num: true }, 'Valid', 'Used']}
      rows={rows}
      rowKey={(r) => r.guid}
      rowAttributes={(r) => ({ 'aria-current': r.applied ? 'true' : undefined })}
      cells={(r) => (
        <>
          <td class="num">{r.minimumQuantity}</td>
          <td class="num">{formatMoney(r.price)}</td>
          <td>
            {r.validFrom || r.validTo ? `${r.validFrom ?? '…'} to ${r.validTo ?? '…'}` : 'Always'}
            {!r.validToday && <span class="muted block">Not valid today</span>}
            {r.met === false && <span class="muted block">Quantity not reached</span>}
          </td>
          <td>{r.applied ? <span class="badge">Applied</span> : '—'}</td>
        </>
      )}
    />
  );
}

export function PriceInputs({ inputs }: { inputs: PriceExplanation['inputs'] }) {
  return (
    <div class="stack">
      <h3>Customer prices</h3>
      <Rows caption="Customer prices" rows={inputs.customerPrices} empty="No customer-specific price." />
      <h3>Quantity breaks</h3>
      <Rows caption="Quantity breaks" rows={inputs.quantityBreaks} empty="No quantity breaks." />
      <dl class="facts">
        <dt>Sell price tier</dt>
        <dd>
          {inputs.tier.name ?? 'None'}
          {inputs.tier.price !== null && ` (${formatMoney(inputs.tier.price)})`}
        </dd>
        <dt>Discount</dt>
        <dd>{formatRate(inputs.discountRate)}</dd>
        <dt>Default sell price</dt>
        <dd>{formatMoney(inputs.defaultSellPrice)}</dd>
      </dl>
    </div>
  );
}
