// Faults on the Unleashed paths: the active ones (each can be switched off) and a form to switch one on.
// The form shows only the settings the chosen kind uses.
import { act, actionButton, panelForm } from '../actions.js';
import { control } from '../api.js';
import { field, h, selectControl, table } from '../dom.js';

const KINDS = {
  latency: { label: 'Latency (slow answers)', settings: ['latencyMs'] },
  error: { label: 'Error rate', settings: ['rate', 'status', 'afterHandler'] },
  failNext: { label: 'Fail the next N calls', settings: ['count', 'status', 'afterHandler'] },
  rateLimit: { label: '429 Too Many Requests', settings: ['count', 'retryAfterSeconds'] },
  hang: { label: 'Hang (no answer)', settings: ['hangMs'] },
};

const SETTINGS = {
  latencyMs: ['Delay (ms)', { type: 'number', min: '0', value: '2000' }],
  rate: ['Share of calls failing (0–1)', { type: 'number', min: '0', max: '1', step: 'any', value: '0.5' }],
  status: ['Status', { type: 'number', min: '400', max: '599', value: '503' }],
  count: ['How many calls (empty: 1 to fail, every call for 429)', { type: 'number', min: '1' }],
  retryAfterSeconds: ['Retry-After (s)', { type: 'number', min: '0', value: '1' }],
  hangMs: ['Hang for (ms)', { type: 'number', min: '0', value: '60000' }],
  afterHandler: ['Do the work first, then fail (a lost response)', { type: 'checkbox', value: 'true' }],
};

const describe = (fault) =>
  Object.entries(fault)
    .filter(
      ([key, value]) =>
        !['id', 'kind', 'hits', 'remaining', 'method', 'pathPrefix'].includes(key) &&
        value !== null &&
        value !== undefined,
    )
    .map(([key, value]) => `${key} ${value}`)
    .join(', ') || '—';

function addForm(refresh) {
  const settings = Object.entries(SETTINGS).map(([name, [label, props]]) => {
    const wrap = field(label, h('input', { name, ...props }));
    // Which kinds use this setting; the others hide it.
    wrap.dataset.setting = name;
    return wrap;
  });
  const kind = selectControl(
    'kind',
    Object.entries(KINDS).map(([value, k]) => [value, k.label]),
  );
  const showSettings = () => {
    for (const wrap of settings) wrap.hidden = !KINDS[kind.value].settings.includes(wrap.dataset.setting);
  };
  kind.addEventListener('change', showSettings);
  showSettings();
  return panelForm(
    { id: 'add-fault', heading: 'Switch a fault on', level: 'h3' },
    [
      field('Kind', kind),
      field(
        'Path starts with (empty: every Unleashed path)',
        h('input', { name: 'pathPrefix', placeholder: '/SalesOrders' }),
      ),
      field(
        'Method',
        selectControl(
          'method',
          ['', 'GET', 'POST', 'PUT', 'DELETE'].map((m) => [m, m || 'Any']),
        ),
      ),
      settings,
      h('button', { type: 'submit' }, 'Switch on'),
    ],
    (form) => {
      const chosen = String(form.get('kind'));
      const body = { kind: chosen };
      for (const name of ['pathPrefix', 'method']) if (form.get(name)) body[name] = String(form.get(name));
      for (const name of KINDS[chosen].settings) {
        if (name === 'afterHandler') body.afterHandler = form.has('afterHandler');
        else if (form.get(name) !== '') body[name] = Number(form.get(name));
      }
      return act(`Fault "${KINDS[chosen].label}" is on.`, () => control('POST', '/faults', body), refresh);
    },
  );
}

/** The faults section of the QA page. */
export function faultsSection(faults, refresh) {
  const off = (fault) =>
    actionButton(
      'Switch off',
      () => act(`Fault ${fault.kind} is off.`, () => control('DELETE', `/faults/${fault.id}`), refresh),
      {
        'aria-label': `Switch off the ${fault.kind} fault`,
      },
    );
  return h(
    'section',
    { 'aria-labelledby': 'faults' },
    h('h2', { id: 'faults' }, 'Faults'),
    table(
      'Active faults',
      [
        { header: 'Kind', cell: (f) => f.kind },
        { header: 'Applies to', cell: (f) => `${f.method ?? 'any method'} ${f.pathPrefix ?? 'every path'}` },
        { header: 'Settings', cell: describe },
        { header: 'Hits', cell: (f) => String(f.hits), numeric: true },
        {
          header: 'Remaining',
          cell: (f) => (f.remaining === null || f.remaining === undefined ? '∞' : String(f.remaining)),
          numeric: true,
        },
        { header: 'Actions', cell: off },
      ],
      faults,
      { empty: 'none; the mock answers normally.' },
    ),
    faults.length > 0 &&
      actionButton('Switch all faults off', () =>
        act('All faults are off.', () => control('DELETE', '/faults'), refresh),
      ),
    addForm(refresh),
  );
}
