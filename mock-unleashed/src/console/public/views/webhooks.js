// #/webhooks: the account's webhook subscriptions and every delivery with each attempt and the answer it got
// (Unleashed's "Monitoring Deliveries"), plus the QA side: send everything pending now, and delivery faults.
import { act, actionButton, panelForm } from '../actions.js';
import { control } from '../api.js';
import { badge, field, h, selectControl, table, viewPage } from '../dom.js';

const FAULTS = {
  drop: 'Drop (recorded, never sent)',
  delay: 'Delay',
  duplicate: 'Send twice',
  reorder: 'Hold back until the next one',
  badSignature: 'Sign with a wrong key',
  targetDown: 'Target down',
};

const time = (iso) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : '—');

function attemptsTable(delivery) {
  return table(
    `Attempts of ${delivery.eventType} for ${delivery.resourceGuid}`,
    [
      { header: 'At', cell: (a) => time(a.attemptedOn) },
      { header: 'Status', cell: (a) => (a.statusCode === null ? 'no answer' : String(a.statusCode)) },
      { header: 'Answer', cell: (a) => a.error ?? a.responseBody ?? '—' },
      { header: 'Took (ms)', cell: (a) => String(a.durationMs), numeric: true },
      { header: 'QA fault', cell: (a) => a.fault ?? '—' },
    ],
    delivery.attempts,
    { empty: 'not tried yet.', hideCaption: true },
  );
}

function deliveryRow(delivery) {
  return h(
    'details',
    { class: 'delivery' },
    h(
      'summary',
      {},
      badge(delivery.status),
      ` ${delivery.eventType} · ${delivery.resourceGuid} · ${time(delivery.createdOn)} · `,
      `${delivery.attempts.length} attempt${delivery.attempts.length === 1 ? '' : 's'}`,
      delivery.nextAttemptOn ? ` · next ${time(delivery.nextAttemptOn)}` : '',
    ),
    h('p', { class: 'note' }, `To ${delivery.notificationUrl} · event ${delivery.eventNotificationId}`),
    attemptsTable(delivery),
  );
}

function faultForm(refresh) {
  return panelForm(
    { id: 'delivery-fault', heading: 'Shape the next deliveries', level: 'h3' },
    [
      field('Fault', selectControl('kind', Object.entries(FAULTS))),
      field(
        'Only for event type (empty: any)',
        h('input', { name: 'eventType', placeholder: 'salesorder.completed' }),
      ),
      field(
        'How many deliveries (empty: until cleared)',
        h('input', { name: 'count', type: 'number', min: '1' }),
      ),
      h('button', { type: 'submit' }, 'Switch on'),
    ],
    (form) => {
      const body = { kind: String(form.get('kind')) };
      if (form.get('eventType')) body.eventType = String(form.get('eventType'));
      if (form.get('count')) body.count = Number(form.get('count'));
      return act(
        `Delivery fault "${FAULTS[body.kind]}" is on.`,
        () => control('POST', '/webhooks/faults', body),
        refresh,
      );
    },
  );
}

/** The webhooks page. */
export async function webhooksView(ctx) {
  const state = await control('GET', '/webhooks');
  const flush = actionButton('Send everything pending now', () =>
    act('Every pending delivery was tried.', () => control('POST', '/webhooks/flush'), ctx.refresh),
  );
  return viewPage(
    {
      title: 'Webhooks',
      note: 'Subscriptions are made with the signed API (/Webhooks/Subscriptions); each change to a subscribed object sends one signed delivery per subscription, retried on the schedule in the spec.',
    },
    table(
      'Subscriptions',
      [
        { header: 'Endpoint', cell: (s) => s.notificationUrl },
        { header: 'Events', cell: (s) => s.eventTypes.join(', ') },
        { header: 'Active', cell: (s) => (s.isActive ? 'Yes' : 'No') },
        { header: 'Description', cell: (s) => s.description ?? '—' },
        { header: 'Created', cell: (s) => time(s.createdOn) },
      ],
      state.subscriptions,
      { empty: 'none; nothing is delivered.' },
    ),
    h(
      'section',
      { 'aria-labelledby': 'deliveries' },
      h('h2', { id: 'deliveries' }, 'Deliveries'),
      h('div', { class: 'actions' }, flush, ' ', actionButton('Refresh', ctx.refresh)),
      state.deliveries.length === 0
        ? h('p', { class: 'empty' }, 'No deliveries yet.')
        : h('div', { class: 'deliveries' }, state.deliveries.map(deliveryRow)),
    ),
    h(
      'section',
      { 'aria-labelledby': 'delivery-faults' },
      h('h2', { id: 'delivery-faults' }, 'Delivery faults'),
      table(
        'Active delivery faults',
        [
          { header: 'Fault', cell: (f) => FAULTS[f.kind] ?? f.kind },
          { header: 'Event type', cell: (f) => f.eventType ?? 'any' },
          {
            header: 'Remaining',
            cell: (f) => (f.remaining === null ? '∞' : String(f.remaining)),
            numeric: true,
          },
        ],
        state.faults,
        { empty: 'none; deliveries go out normally.' },
      ),
      state.faults.length > 0 &&
        actionButton('Clear delivery faults', () =>
          act('Delivery faults are cleared.', () => control('DELETE', '/webhooks/faults'), ctx.refresh),
        ),
      faultForm(ctx.refresh),
    ),
  );
}
