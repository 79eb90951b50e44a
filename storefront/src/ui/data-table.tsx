// A table of rows under column headings, in the markup every page's tables share (a scrolling wrap, scoped column
// headings, one body), so the phone layout (stacked-tables.ts labels each cell with its column's heading) holds.
import type { ComponentChildren, HTMLAttributes } from 'preact';

/** A column heading: its text, or rich content (e.g. a visually hidden "Actions"); `num` right-aligns it. */
export type Column = string | { heading: ComponentChildren; num?: boolean };

/** A hidden "Actions" heading, over a column of row buttons. */
export const ACTIONS_COLUMN: Column = { heading: <span class="visually-hidden">Actions</span> };

/** The column headings, for DataTable and for tables whose rows are components of their own. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) =>
          typeof column === 'string' ? (
            <th key={index} scope="col">
              {column}
            </th>
          ) : (
            <th key={index} scope="col" class={column.num ? 'num' : undefined}>
              {column.heading}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/**
 * Renders `rows` as `<tr>`s of the cells `cells(row)` returns. `label` names the table for screen readers
 * (`aria-label`), `caption` names it with a visually hidden caption instead (`shownCaption` with one on show);
 * `moreRows` follow the rows in the body (e.g. an order's charges) and `foot` fills a `<tfoot>`.
 */
export function DataTable<T>(props: {
  label?: string;
  caption?: string;
  shownCaption?: ComponentChildren;
  class?: string;
  columns: readonly Column[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  cells: (row: T, index: number) => ComponentChildren;
  rowAttributes?: (row: T) => HTMLAttributes<HTMLTableRowElement>;
  moreRows?: ComponentChildren;
  foot?: ComponentChildren;
}) {
  const { label, caption, columns, rows, rowKey, cells, rowAttributes, foot } = props;
  return (
    <div class="table-wrap">
      <table aria-label={label} class={props.class}>
        {caption && <caption class="visually-hidden">{caption}</caption>}
        {props.shownCaption && <caption>{props.shownCaption}</caption>}
        <TableHead columns={columns} />
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} {...rowAttributes?.(row)}>
              {cells(row, index)}
            </tr>
          ))}
          {props.moreRows}
        </tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}

/** What a list gives each row (or card) it lets the admin select for a bulk action. */
export interface Selectable {
  selected: boolean;
  onSelect: (on: boolean) => void;
}

/** The first cell of a selectable row: its checkbox, labelled "Select <what>". */
export function SelectCell(props: Selectable & { what: string }) {
  return (
    <td>
      <input
        type="checkbox"
        aria-label={`Select ${props.what}`}
        checked={props.selected}
        onChange={(e) => props.onSelect(e.currentTarget.checked)}
      />
    </td>
  );
}
