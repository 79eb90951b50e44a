// Building the page safely: text always goes in as text nodes and attributes through setAttribute, so
// nothing the mock returns is ever parsed as HTML. Plus the small formatting helpers the views share.

/** Creates an element. `on…` props become listeners, booleans toggle attributes, `checked`/`value` set properties. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'checked' || key === 'value') element[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...nodes(children));
  return element;
}

function nodes(children) {
  return children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false);
}

/** `/Date(ms)/` as `2026-09-30 14:05 UTC` (or the date alone); an em dash when there is none. */
export function wireDate(value, withTime = true) {
  const match = /^\/Date\((-?\d+)\)\/$/.exec(value ?? '');
  if (!match) return '—';
  const iso = new Date(Number(match[1])).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso.slice(0, 10);
}

/** A money amount with two decimals; an em dash for null. */
export function money(value) {
  return typeof value === 'number' ? value.toFixed(2) : '—';
}

/** Yes / No for a flag. */
export const yesNo = (flag) => (flag ? 'Yes' : 'No');

/** A definition list of [term, description] pairs. */
export function details(pairs) {
  return h(
    'dl',
    { class: 'details' },
    pairs.map(([term, description]) => [h('dt', {}, term), h('dd', {}, description ?? '—')]),
  );
}

/**
 * A table with a caption; `columns` are { header, cell(row), numeric? }. Options: `empty` (the text when
 * there are no rows) and `hideCaption` (kept for screen readers when a heading already says it).
 */
export function table(caption, columns, rows, { empty = 'none.', hideCaption = false } = {}) {
  if (rows.length === 0) return h('p', { class: 'empty' }, `${caption}: ${empty}`);
  const head = h(
    'tr',
    {},
    columns.map((c) => h('th', { scope: 'col', class: c.numeric && 'num' }, c.header)),
  );
  const body = rows.map((row) =>
    h(
      'tr',
      {},
      columns.map((c) => h('td', { class: c.numeric && 'num' }, c.cell(row))),
    ),
  );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', { class: hideCaption && 'visually-hidden' }, caption),
      h('thead', {}, head),
      h('tbody', {}, body),
    ),
  );
}

/**
 * A console page: its h1 (focused after navigation), under a link back to its list when `crumb` is
 * [href, label], with an optional note under it, then the rest of the page.
 */
export function viewPage({ title, crumb, note }, ...children) {
  return h(
    'section',
    {},
    crumb && h('p', { class: 'crumbs' }, h('a', { href: crumb[0] }, crumb[1])),
    h('h1', { tabindex: -1 }, title),
    note && h('p', { class: 'note' }, note),
    ...children,
  );
}

/** A select named `name` offering [value, label] pairs, with `selected` (a value) chosen, else the first. */
export function selectControl(name, options, selected) {
  return h(
    'select',
    { name },
    options.map(([value, label]) => h('option', { value, selected: value === selected }, label)),
  );
}

let fieldCount = 0;

/** A form control with its label (tied by id, so the label alone names it) and an optional hint. */
export function field(label, control, hint) {
  if (!control.id) control.id = `field-${++fieldCount}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id, class: 'label' }, label),
    control,
    hint && h('small', {}, hint),
  );
}

/** A short badge, e.g. an order status or a signature verdict. */
export function badge(text, kind = String(text).toLowerCase()) {
  return h('span', { class: `badge badge-${kind}` }, text);
}

let flashTimer;

/** Shows a message in the live region (announced to screen readers); it fades after a while. */
export function flash(message, kind = 'ok') {
  const area = document.getElementById('flash');
  area.replaceChildren(
    h('p', { class: `flash ${kind}`, role: kind === 'error' ? 'alert' : undefined }, message),
  );
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => area.replaceChildren(), kind === 'error' ? 15_000 : 6_000);
}
