// Importing a cart from CSV (B3): a file or pasted text, sent as text/csv; the gateway checks every row like a
// quick add, adds the good ones and reports each row with its line number, shown here as a table. A row that
// breaks a quantity rule (B4) offers its nearest valid quantity, set in the cart with one press.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { CartImportResult, CartImportRow, Problem } from '../../api/types.ts';
import { Field, Notice, ProblemNote } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { formatNumber } from '../../ui/format.ts';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { useBuyer } from '../buyer-context.ts';

export function CartImport() {
  const { setCart } = useBuyer();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [report, setReport] = useState<CartImportResult>();
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };

  const send = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    setReport(undefined);
    if (!text.trim()) {
      setError('Choose a file or paste the rows.');
      document.getElementById('csv-text')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    const answer = await api.POST('/store/cart/import', {
      body: text,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv' },
    });
    setBusy(false);
    if (answer.error) {
      setProblem(answer.error);
      return;
    }
    setCart(answer.data.cart);
    setReport(answer.data);
  };

  return (
    <form class="form" onSubmit={send} noValidate aria-labelledby="csv-heading">
      <h2 id="csv-heading">Import a CSV file</h2>
      <p>
        One product per line: <code>code,quantity</code>, for example <code>DEMO-PLENTY,12</code>. A header
        row is optional; semicolons or tabs work too, and further columns are ignored. At most 500 rows; good
        rows are added even when others are refused.
      </p>
      <Field id="csv-file" label="CSV file">
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => readFile(e.currentTarget.files?.[0])}
          />
        )}
      </Field>
      <Field id="csv-text" label="Or paste the rows" error={error}>
        {(control) => (
          <textarea
            {...control}
            class="csv-input"
            rows={6}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
      </Field>
      {problem && <ProblemNote problem={problem} />}
      <div class="actions">
        <SubmitButton label="Import into cart" busyLabel="Importing…" busy={busy} />
      </div>
      {report && <ImportReport report={report} onReport={setReport} />}
    </form>
  );
}

function ImportReport({
  report,
  onReport,
}: {
  report: CartImportResult;
  onReport: (report: CartImportResult) => void;
}) {
  const { setCart } = useBuyer();
  const [problem, setProblem] = useState<Problem>();
  /** Sets the row's product to the nearest quantity its rule allows, and marks the row added. */
  const orderNearest = async (row: CartImportRow, productGuid: string, quantity: number) => {
    setProblem(undefined);
    const answer = await api.PUT('/store/cart/lines/{productGuid}', {
      params: { path: { productGuid } },
      body: { quantity },
    });
    if (answer.error) {
      setProblem(answer.error);
      return;
    }
    setCart(answer.data);
    const rows = report.rows.map((r) =>
      r === row ? { ...r, quantity, added: true, problem: null, ruleBreach: null } : r,
    );
    onReport({ ...report, rows, added: report.added + 1, refused: report.refused - 1 });
  };
  return (
    <section aria-labelledby="csv-report" class="stack">
      <h3 id="csv-report">Import report</h3>
      <Notice>
        {formatNumber(report.added)} {report.added === 1 ? 'row' : 'rows'} added to your cart,{' '}
        {formatNumber(report.refused)} refused.
      </Notice>
      {problem && <ProblemNote problem={problem} />}
      <DataTable
        columns={[{ heading: 'Line', num: true }, 'Code', { heading: 'Quantity', num: true }, 'Result']}
        rows={report.rows}
        rowKey={(row) => row.row}
        rowAttributes={(row) => ({ class: row.added ? undefined : 'refused' })}
        cells={(row) => (
          <>
            <td class="num">{row.row}</td>
            <th scope="row">{row.code || '—'}</th>
            <td class="num">{row.quantity === null ? '—' : formatNumber(row.quantity)}</td>
            <td>
              {row.added ? 'Added' : <span class="line-problem">{row.problem}</span>}
              {row.ruleBreach?.productGuid && row.ruleBreach.nearestQuantity ? (
                <button
                  type="button"
                  class="button secondary small"
                  onClick={() =>
                    orderNearest(row, row.ruleBreach?.productGuid ?? '', row.ruleBreach?.nearestQuantity ?? 0)
                  }
                >
                  Order {formatNumber(row.ruleBreach.nearestQuantity)} instead (line {row.row})
                </button>
              ) : null}
            </td>
          </>
        )}
      />
    </section>
  );
}
