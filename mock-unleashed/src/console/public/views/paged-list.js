// A searchable, paged table of one Unleashed resource. The search fields and page live in the hash
// (#/customers?customerName=Demo&page=2), so Back, reload and shared links keep them.
import { unleashed } from '../api.js';
import { field, h, selectControl, table, viewPage } from '../dom.js';

const PAGE_SIZE = 20;

function searchControl(filter, value) {
  if (filter.options) {
    return selectControl(filter.name, filter.options, value);
  }
  if (filter.checkbox)
    return h('input', { type: 'checkbox', name: filter.name, value: 'true', checked: value === 'true' });
  return h('input', { type: 'search', name: filter.name, value: value ?? '' });
}

function pageLink(route, params, page, text) {
  const next = new URLSearchParams(params);
  next.set('page', String(page));
  return h('a', { href: `${route}?${next}`, class: 'button' }, text);
}

/** A column linking each record to its own page (`${route}/{Guid}`), showing `text(record)`. */
export function linkColumn(header, route, text) {
  return {
    header,
    cell: (record) => h('a', { href: `${route}/${encodeURIComponent(record.Guid)}` }, text(record)),
  };
}

/**
 * Renders the list: `resource` e.g. '/Customers'; `route` e.g. '#/customers'; `filters` are
 * { name (the Unleashed query parameter), label, options? | checkbox? }; `columns` as for table().
 */
export async function pagedList(ctx, { title, resource, route, filters, columns }) {
  const page = Math.max(1, Number(ctx.query.get('page')) || 1);
  const kept = new URLSearchParams();
  const ask = new URLSearchParams({ pageSize: String(PAGE_SIZE) });
  for (const filter of filters) {
    const value = ctx.query.get(filter.name);
    if (value) {
      kept.set(filter.name, value);
      ask.set(filter.name, value);
    }
  }
  const data = await unleashed('GET', `${resource}/${page}?${ask}`);
  const { NumberOfItems, NumberOfPages } = data.Pagination;

  const form = h(
    'form',
    { role: 'search', class: 'search', 'aria-label': `Search ${title.toLowerCase()}` },
    filters.map((filter) => field(filter.label, searchControl(filter, ctx.query.get(filter.name)))),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) params.set(name, String(value));
    const target = `${route}?${params}`;
    if (window.location.hash === target) ctx.refresh();
    else window.location.hash = target;
  });

  return viewPage(
    { title },
    form,
    table(title, columns, data.Items, { empty: 'nothing matches.', hideCaption: true }),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      page > 1 && pageLink(route, kept, page - 1, '← Previous'),
      h('span', {}, `Page ${page} of ${Math.max(NumberOfPages, 1)} · ${NumberOfItems} in all`),
      page < NumberOfPages && pageLink(route, kept, page + 1, 'Next →'),
    ),
  );
}
