// The live call log beside every page: the Unleashed calls the mock received (from the gateway, from this
// console, from anyone), newest first, each with its signature verdict and status; filterable by path.
// It polls /__control/calls for calls after the last one shown, and at once after each console call.
import { control, query } from './api.js';
import { badge, field, h } from './dom.js';

const POLL_MS = 1000;
const KEEP = 200;

function row(call) {
  const failed = call.status === 0 || call.status >= 400;
  return h(
    'tr',
    {
      class: failed ? 'failed' : undefined,
      'data-method': call.method,
      'data-path': call.path,
      'data-status': String(call.status),
      'data-signature': call.signature,
    },
    h('td', { title: call.at }, call.at.slice(11, 19)),
    h('td', { class: 'path' }, `${call.method} ${call.path}${call.query ? `?${call.query}` : ''}`),
    h(
      'td',
      {},
      badge(call.status === 0 ? 'no answer' : String(call.status), failed ? 'failed' : 'ok'),
      call.fault ? ' fault' : '',
    ),
    h('td', {}, badge(call.signature)),
    h('td', { class: 'num' }, `${Math.round(call.durationMs)} ms`),
  );
}

/** Fills `aside` with the call log and keeps it up to date. */
export function startCallLog(aside) {
  let lastSeq = 0;
  let timer;
  let busy = false;
  let again = false;
  let generation = 0;
  const body = h('tbody', {});
  const filter = h('input', { type: 'search', name: 'path', placeholder: '/SalesOrders' });
  const live = h('input', { type: 'checkbox', checked: true });

  /** One poll at a time: a poll asked for while one runs happens right after it. */
  const poll = async () => {
    clearTimeout(timer);
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    const asked = generation;
    try {
      if (live.checked && !document.hidden) {
        const path = filter.value.trim();
        const { Items } = await control('GET', `/calls${query({ since: lastSeq, path, limit: KEEP })}`);
        if (asked === generation) {
          for (const call of Items) body.prepend(row(call));
          if (Items.length > 0) lastSeq = Items[Items.length - 1].seq;
          while (body.rows.length > KEEP) body.lastElementChild.remove();
        }
      }
    } catch {
      // The mock may be restarting; the next poll tries again.
    } finally {
      busy = false;
      if (again || asked !== generation) {
        again = false;
        poll();
      } else {
        timer = setTimeout(poll, POLL_MS);
      }
    }
  };
  const restart = () => {
    generation++;
    lastSeq = 0;
    body.replaceChildren();
    poll();
  };
  filter.addEventListener('input', restart);
  live.addEventListener('change', poll);
  window.addEventListener('console:reset', restart);
  window.addEventListener('console:called', () => setTimeout(poll, 50));

  const clear = h('button', { type: 'button' }, 'Clear log');
  clear.addEventListener('click', async () => {
    await control('DELETE', '/calls');
    restart();
  });

  aside.replaceChildren(
    h('h2', { id: 'calls-title' }, 'Call log'),
    h('div', { class: 'log-controls' }, field('Path starts with', filter), field('Live', live), clear),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'log' },
        h('caption', { class: 'visually-hidden' }, 'Calls to the Unleashed API, newest first'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Time', 'Call', 'Status', 'Signature', 'Took'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        body,
      ),
    ),
  );
  poll();
}
