// A store's CSV export as a download (the orders and the audit trail): a UTF-8 BOM so Excel reads accents right,
// the header row, then the rows page by page, so an export of many rows never holds them all in memory.
import type { Response } from 'express';
import type { PageRequest } from './paging.ts';

const EXPORT_PAGE = 500;
const EXPORT_MAX_ROWS = 50_000;
const CSV_BOM = '\uFEFF';

/**
 * Streams `<name>-<store id's first 8>-<today>.csv`: `headerRow`, then the CSV rows `rowsOf` gives for each page
 * until a page comes back short (at most 50,000 rows). Read the filters before calling: a refused query must
 * answer its problem before the download starts.
 */
export async function sendCsvExport(
  res: Response,
  file: { name: string; storeId: string; headerRow: string },
  rowsOf: (page: PageRequest) => Promise<string[]>,
): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  res.status(200);
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set(
    'Content-Disposition',
    `attachment; filename="${file.name}-${file.storeId.slice(0, 8)}-${day}.csv"`,
  );
  res.write(CSV_BOM + file.headerRow);
  for (let page = 1; page <= EXPORT_MAX_ROWS / EXPORT_PAGE; page++) {
    const rows = await rowsOf({ page, pageSize: EXPORT_PAGE });
    res.write(rows.join(''));
    if (rows.length < EXPORT_PAGE) break;
  }
  res.end();
}
