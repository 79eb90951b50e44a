// Phone-width tables (issue 16 item 6): on narrow screens every table is shown as stacked rows (stacked-tables.css),
// each cell introduced by its column's heading. This keeps each body cell's `data-label` equal to that heading's
// text, for every table the pages render now or later, so no page has to label its cells itself.
import './stacked-tables.css';

/** Labels each body cell of `table` with the text of the heading of its column (colspans counted). */
export function labelCells(table: HTMLTableElement): void {
  const headings: string[] = [];
  for (const th of Array.from(table.tHead?.rows[0]?.cells ?? [])) {
    const text = (th.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let i = 0; i < th.colSpan; i++) headings.push(text);
  }
  if (headings.length === 0) return;
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const label = cell.colSpan > 1 ? '' : (headings[column] ?? '');
        if (cell.dataset.label !== label) cell.dataset.label = label;
        column += cell.colSpan;
      }
    }
  }
}

/** Keeps every table under `root` labelled as pages render and re-render (once per frame at most). */
export function keepTablesLabelled(root: HTMLElement): void {
  let queued = false;
  const labelAll = () => {
    queued = false;
    for (const table of Array.from(root.querySelectorAll('table'))) labelCells(table);
  };
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(labelAll);
  }).observe(root, { childList: true, subtree: true, characterData: true });
  labelAll();
}
