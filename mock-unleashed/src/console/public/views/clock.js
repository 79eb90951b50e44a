// The mock's clock: what time the mock thinks it is, and moving it (freeze, set, advance, release).
// Times here are UTC, as the mock stamps them.
import { act, actionButton, actionForm } from '../actions.js';
import { control } from '../api.js';
import { details, field, h, selectControl } from '../dom.js';

const UNITS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/** The clock section of the QA page. */
export function clockSection(clock, refresh) {
  const setClock = (body, done) => act(done, () => control('POST', '/clock', body), refresh);
  const advance = actionForm(
    { class: 'inline', 'aria-label': 'Move the clock forward' },
    [
      field(
        'Move forward by',
        h('input', { name: 'amount', type: 'number', min: '1', step: '1', value: '1', required: true }),
      ),
      field(
        'Unit',
        selectControl(
          'unit',
          Object.keys(UNITS).map((unit) => [unit, unit]),
          'days',
        ),
      ),
      h('button', { type: 'submit' }, 'Move forward'),
    ],
    (form) => {
      const advanceMs = Number(form.get('amount')) * UNITS[String(form.get('unit'))];
      return setClock({ advanceMs }, `Clock moved forward by ${form.get('amount')} ${form.get('unit')}.`);
    },
  );
  const setTo = actionForm(
    { class: 'inline', 'aria-label': 'Set the clock' },
    [
      field('Set to (UTC)', h('input', { name: 'when', type: 'datetime-local', step: '1', required: true })),
      h('button', { type: 'submit' }, 'Set clock'),
    ],
    (form) => {
      const when = `${form.get('when')}${String(form.get('when')).length === 16 ? ':00' : ''}Z`;
      return setClock({ setTo: when }, `Clock set to ${when}.`);
    },
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'clock' },
    h('h2', { id: 'clock' }, 'Clock'),
    details([
      ['Mock time', `${clock.now.replace('T', ' ').slice(0, 19)} UTC`],
      ['Running', clock.frozen ? 'No (frozen)' : 'Yes'],
      ['Ahead of real time', `${Math.round(clock.offsetMs / 1000)} s`],
    ]),
    h(
      'div',
      { class: 'actions' },
      actionButton('Freeze now', async () => {
        const { now } = await control('GET', '/clock');
        await setClock({ freezeAt: now }, `Clock frozen at ${now}.`);
      }),
      actionButton('Back to real time', () => setClock({ release: true }, 'Clock released to real time.')),
    ),
    advance,
    setTo,
  );
}
