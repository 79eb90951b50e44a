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

const cellsOf = (line: string) =>
  line.split(/[,;\t]/).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );

const isWhole = (text: string) => /^\+?\d+$/.test(text);

/** A first row that names columns rather than a product (e.g. `Code,Quantity` or `product code;qty`). */
const isHeader = (row: CsvRow) => /code|sku|product/i.test(row.code) && !isWhole(row.quantityText);

export function parseCartCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, index) => {
      if (!line.trim()) return;
      const [code = '', quantityText = ''] = cellsOf(line);
      rows.push({ row: index + 1, code, quantityText });
    });
  if (rows[0] && isHeader(rows[0])) rows.shift();
  return rows;
}

/** The quantity as a whole number from 1 to the line cap, or null. */
export function wholeQuantity(text: string): number | null {
  if (!isWhole(text)) return null;
  const quantity = Number(text);
  return quantity >= 1 && quantity <= MAX_LINE_QUANTITY ? quantity : null;
}
