// An email's subject and body beside its live preview (R12, issue 16 item 9): edits go to the preview as the
// admin types, problems show at their field, Save keeps the draft and Reset brings back the default.
import { useRef, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { problemSentence } from '../../api/problem.ts';
import type { EmailTemplate, EmailTemplateDraft, Problem } from '../../api/types.ts';
import { Field, InlineProblem, Loading, Notice, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PlaceholderPicker } from './placeholder-picker.tsx';
import { templateFieldErrors, usePreview } from './template-preview.ts';

export function TemplateEditor(props: {
  storeId: string;
  template: EmailTemplate;
  onSaved: (template: EmailTemplate) => void;
}) {
  const { storeId, template, onSaved } = props;
  const [draft, setDraft] = useState<EmailTemplateDraft>({
    subject: template.subject,
    body: template.body,
  });
  const [saveProblem, setSaveProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const lastField = useRef<keyof EmailTemplateDraft>('body');
  const preview = usePreview(storeId, template.name, draft);
  const errors = templateFieldErrors(saveProblem ?? preview.problem);

  const edit = (field: keyof EmailTemplateDraft, value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setSaveProblem(undefined);
    setNotice(undefined);
  };

  const finish = (data: EmailTemplate | undefined, error: Problem | undefined, done: string) => {
    setBusy(false);
    setSaveProblem(error);
    if (data) {
      setDraft({ subject: data.subject, body: data.body });
      setNotice(done);
      onSaved(data);
    }
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const { data, error } = await api.PUT('/admin/stores/{storeId}/email-templates/{template}', {
      params,
      body: draft,
    });
    finish(data, error, `The ${template.title} email is saved. It is sent with this wording from now on.`);
  };
  const reset = async () => {
    setBusy(true);
    const { data, error } = await api.DELETE('/admin/stores/{storeId}/email-templates/{template}', {
      params,
    });
    finish(data, error, `The ${template.title} email is back to the default.`);
  };

  const params = { path: { storeId, template: template.name } };
  const required = template.requiredPlaceholders;
  const hint = [
    'Plain text; a blank line starts a new paragraph. A paragraph holding only a link placeholder becomes a button.',
    required.length > 0 ? `It must contain ${required.join(' and ')}.` : '',
  ].join(' ');
  const unfielded = saveProblem && Object.keys(errors).length === 0 ? saveProblem : undefined;
  return (
    <div class="editor-grid">
      <form class="card form" onSubmit={save} noValidate>
        <p class="muted">
          {template.isDefault ? 'Using the default email.' : `Edited ${formatDateTime(template.updatedAt)}.`}
        </p>
        <Field id="template-subject" label="Subject" error={errors.subject}>
          {(c) => (
            <input
              {...c}
              value={draft.subject}
              onFocus={() => {
                lastField.current = 'subject';
              }}
              onInput={(e) => edit('subject', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="template-body" label="Body" hint={hint} error={errors.body}>
          {(c) => (
            <textarea
              {...c}
              rows={12}
              value={draft.body}
              onFocus={() => {
                lastField.current = 'body';
              }}
              onInput={(e) => edit('body', e.currentTarget.value)}
            />
          )}
        </Field>
        <PlaceholderPicker
          placeholders={template.placeholders}
          target={() => lastField.current}
          onInsert={edit}
        />
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy}>
            Save email
          </button>
          <button type="button" class="button secondary" disabled={busy} onClick={reset}>
            Reset to default
          </button>
        </div>
        {saveProblem && Object.keys(errors).length > 0 && (
          <InlineProblem>{problemSentence(saveProblem)}</InlineProblem>
        )}
        {unfielded && <ProblemNote problem={unfielded} />}
        {notice && <Notice>{notice}</Notice>}
      </form>
      <section class="card preview" aria-labelledby="preview-title" aria-busy={preview.rendering}>
        <h2 id="preview-title">Preview</h2>
        {!preview.rendered && !preview.problem && <Loading label="Rendering the preview…" />}
        {preview.problem && !preview.problem.errors && <ProblemNote problem={preview.problem} />}
        {preview.rendered && (
          <>
            <p>
              <span class="muted">Subject: </span>
              <strong class="preview-subject">{preview.rendered.subject}</strong>
            </p>
            <iframe
              title={`${template.title} email preview`}
              class="preview-frame"
              sandbox=""
              srcdoc={preview.rendered.html}
            />
          </>
        )}
      </section>
    </div>
  );
}
