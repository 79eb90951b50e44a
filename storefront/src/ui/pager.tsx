// Previous / next paging for a list the gateway pages (`page`, `pageSize`, `total`).
import { formatNumber } from './format.ts';

/** "21–40 of 153" with Previous and Next; nothing when everything fits on one page. */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  label: string;
  onPage: (page: number) => void;
}) {
  const { page, pageSize, total, label, onPage } = props;
  if (total <= pageSize && page === 1) return null;
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button
        type="button"
        class="button secondary small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Previous
      </button>
      <span>
        {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)}
      </span>
      <button
        type="button"
        class="button secondary small"
        disabled={last >= total}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
