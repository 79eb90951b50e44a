// Reading a cart CSV (B3): `code,quantity` per line; a header row is optional; `;` and tab separators, a UTF-8
// BOM, quoted cells, blank lines and extra columns are tolerated. Rows keep their line number in the file so
// the report can point at them.

export interface CsvRow {
  /** The line number in the file (1 = first line). */
  row: number;
  code: string;
  quantityText: string;
}

/** The most a cart line may hold (the same cap as setting a line's quantity). */
export const MAX_LINE_QUANTITY = 1_000_000;

// Only the first two cells are read: a line of a million separators makes two strings, not a million.
const cellsOf = (line: string) =>
  line.split(/[,;\t]/, 2).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );

const isWhole = (text: string) => /^\+?\d+$/.test(text);

/** A first row that names columns rather than a product (e.g. `Code,Quantity` or `product code;qty`). */
const isHeader = (row: CsvRow) => /code|sku|product/i.test(row.code) && !isWhole(row.quantityText);

/**
 * The product rows of the file, read line by line and stopping after `maxRows` + 1 of them (a header row aside):
 * a 1 MB file of a quarter of a million short lines costs the import no more than the rows it may take.
 */
export function parseCartCsv(text: string, maxRows = Number.POSITIVE_INFINITY): CsvRow[] {
  const rows: CsvRow[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const lineEnd = /\r\n|\r|\n/g;
  let start = 0;
  let lineNumber = 0;
  let headerSeen = false;
  while (start <= body.length && rows.length <= maxRows) {
    const end = lineEnd.exec(body);
    const line = body.slice(start, end ? end.index : body.length);
    lineNumber += 1;
    start = end ? end.index + end[0].length : body.length + 1;
    if (!line.trim()) continue;
    const [code = '', quantityText = ''] = cellsOf(line);
    const row = { row: lineNumber, code, quantityText };
    if (!headerSeen && rows.length === 0 && isHeader(row)) headerSeen = true;
    else rows.push(row);
  }
  return rows;
}

/** The quantity as a whole number from 1 to the line cap, or null. */
export function wholeQuantity(text: string): number | null {
  if (!isWhole(text)) return null;
  const quantity = Number(text);
  return quantity >= 1 && quantity <= MAX_LINE_QUANTITY ? quantity : null;
}
