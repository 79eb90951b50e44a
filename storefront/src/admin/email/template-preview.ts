// The live preview of an email draft (R12, issue 16 item 9): asks the gateway to render the draft a moment after the admin
// stops typing; a draft the gateway refuses comes back as its problem (shown at the fields).
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { EmailTemplateDraft, Problem, RenderedEmail } from '../../api/types.ts';
import { useDebounced } from '../../ui/use-debounced.ts';

export const PREVIEW_DELAY_MS = 400;

/** The rendered draft (the last good one stays while a newer one is refused), the problem, and whether it is rendering. */
export function usePreview(storeId: string, template: string, draft: EmailTemplateDraft | undefined) {
  const settled = useDebounced(draft, PREVIEW_DELAY_MS);
  const [rendered, setRendered] = useState<RenderedEmail>();
  const [problem, setProblem] = useState<Problem>();
  const [rendering, setRendering] = useState(false);

  useEffect(() => {
    if (!settled) return;
    let current = true;
    setRendering(true);
    api
      .POST('/admin/stores/{storeId}/email-templates/{template}/preview', {
        params: { path: { storeId, template } },
        body: settled,
      })
      .then(({ data, error }) => {
        if (!current) return;
        setRendering(false);
        setProblem(error);
        if (data) setRendered(data);
      });
    return () => {
      current = false;
    };
  }, [storeId, template, settled?.subject, settled?.body]);

  return { rendered, problem, rendering };
}

/** The problem's messages per field, as sentences naming the field ("The body must contain {Accept Link}…"). */
export function templateFieldErrors(
  problem: Problem | undefined,
): Partial<Record<'subject' | 'body', string>> {
  const errors: Partial<Record<'subject' | 'body', string>> = {};
  for (const error of problem?.errors ?? []) {
    const field = error.field.replace(/^\/?body\//, '').split(/[./]/)[0];
    if (field !== 'subject' && field !== 'body') continue;
    const text = `The ${field} ${error.message}`;
    errors[field] = errors[field] ? `${errors[field]} ${text}.` : `${text}.`;
  }
  return errors;
}
