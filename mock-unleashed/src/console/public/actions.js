// Running a change from the console: one call, a message in the live region, then the view redrawn from
// what the mock now holds. Buttons are disabled while their call runs, so a double click is one call.
import { flash, h } from './dom.js';

/**
 * Runs `work`; on success flashes `done` (text, or a function of the result) and awaits `after` (usually the
 * view's refresh); on failure flashes the mock's reason. Resolves to whether it worked.
 */
export async function act(done, work, after) {
  let result;
  try {
    result = await work();
  } catch (error) {
    flash(error.message, 'error');
    return false;
  }
  flash(typeof done === 'function' ? done(result) : done);
  if (after) await after(result);
  return true;
}

/** A button that runs `run` and stays disabled until it has finished. */
export function actionButton(label, run, props = {}) {
  const button = h('button', { type: 'button', ...props }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await run();
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** A form whose submit handler gets its FormData; the submit button is disabled while it runs. */
export function actionForm(props, children, run) {
  const form = h('form', props, children);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = form.querySelector('button[type=submit]');
    if (submit) submit.disabled = true;
    try {
      await run(new FormData(form), form);
    } finally {
      if (submit) submit.disabled = false;
    }
  });
  return form;
}

/** An `actionForm` in a panel, named by its heading (`level`: h2, or h3 inside a section that has its own h2). */
export function panelForm({ id, heading, level = 'h2' }, children, run) {
  return actionForm({ class: 'panel', 'aria-labelledby': id }, [h(level, { id }, heading), ...children], run);
}

/** "Make obsolete" (a danger button), or "Make active again" for an obsolete record; `set(obsolete)` does it. */
export function obsoleteToggle(obsolete, set) {
  return obsolete
    ? actionButton('Make active again', () => set(false))
    : actionButton('Make obsolete', () => set(true), { class: 'danger' });
}

/** A destructive action that asks once more: the first press offers "Yes, …" and "Cancel". */
export function confirmButton(label, question, run) {
  const wrap = h('span', { class: 'confirm' });
  const first = h('button', { type: 'button', class: 'danger' }, label);
  const yes = actionButton(`Yes, ${label.charAt(0).toLowerCase()}${label.slice(1)}`, run, {
    class: 'danger',
  });
  const cancel = h('button', { type: 'button' }, 'Cancel');
  first.addEventListener('click', () => {
    wrap.replaceChildren(h('span', {}, question), ' ', yes, ' ', cancel);
    yes.focus();
  });
  cancel.addEventListener('click', () => {
    wrap.replaceChildren(first);
    first.focus();
  });
  wrap.append(first);
  return wrap;
}
