// #/qa: the mock's QA controls: what it holds, reset to a named seed, faults, and the clock.
import { act, panelForm } from '../actions.js';
import { control } from '../api.js';
import { details, field, h, selectControl, viewPage } from '../dom.js';
import { clockSection } from './clock.js';
import { faultsSection } from './faults.js';

function resetForm(state, refresh) {
  return panelForm(
    { id: 'reset', heading: 'Reset to a seed' },
    [
      h('p', { class: 'note' }, 'Replaces all data, and clears faults, limits, the call log and the clock.'),
      field(
        'Seed',
        selectControl(
          'seed',
          ['default', 'empty', 'large'].map((seed) => [seed, seed]),
          state.seed,
        ),
      ),
      field(
        'Seed number',
        h('input', {
          name: 'seedNumber',
          type: 'number',
          min: '0',
          step: '1',
          value: String(state.seedNumber),
        }),
      ),
      h('button', { type: 'submit', class: 'danger' }, 'Reset the mock'),
    ],
    (form) => {
      const body = { seed: String(form.get('seed')) };
      if (form.get('seedNumber') !== '') body.seedNumber = Number(form.get('seedNumber'));
      return act(
        (s) => `Reset to seed "${s.seed}" #${s.seedNumber}.`,
        () => control('POST', '/reset', body),
        async () => {
          window.dispatchEvent(new Event('console:reset'));
          await refresh();
        },
      );
    },
  );
}

/** The QA page. */
export async function qaView(ctx) {
  const state = await control('GET', '/state');
  const counts = Object.entries(state.counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');
  return viewPage(
    {
      title: 'QA controls',
      note: "These are the mock's own controls (/__control), not Unleashed: they act on the whole mock.",
    },
    details([
      ['Seed', `${state.seed} #${state.seedNumber}`],
      ['Holds', counts],
      [
        'Usage limits',
        `monthly quota ${state.limits.monthlyQuota ?? 'off'}, rate limit ${state.limits.rateLimitPerMinute ?? 'off'} per minute`,
      ],
    ]),
    faultsSection(state.faults, ctx.refresh),
    clockSection(state.clock, ctx.refresh),
    resetForm(state, ctx.refresh),
  );
}
