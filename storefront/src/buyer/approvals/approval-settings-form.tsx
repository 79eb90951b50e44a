// A customer's approval rule (B8) as a form: off, always, or above an amount before tax, and which contacts
// approve. The admin's customer slide-out and the approvers' own Approvals page both use it; `save` is theirs.
import { useState } from 'preact/hooks';
import type { ApprovalSettings, ApprovalSettingsUpdate, Problem } from '../../api/types.ts';
import { Notice, ProblemNote } from '../../ui/components.tsx';
import { TextField } from '../../ui/text-field.tsx';

const MODES = [
  { mode: 'off', label: 'No approval needed' },
  { mode: 'always', label: 'Every order needs approval' },
  { mode: 'above', label: 'Orders above an amount need approval' },
] as const;

export function ApprovalSettingsForm(props: {
  settings: ApprovalSettings;
  save: (update: ApprovalSettingsUpdate) => Promise<{ data?: ApprovalSettings; error?: Problem }>;
  onSaved: (settings: ApprovalSettings) => void;
}) {
  const { settings } = props;
  const [mode, setMode] = useState(settings.mode);
  const [threshold, setThreshold] = useState(settings.threshold === null ? '' : String(settings.threshold));
  const [approvers, setApprovers] = useState(new Set(settings.approvers.map((a) => a.guid)));
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const fieldError = (field: string) => problem?.errors?.find((e) => e.field === field)?.message;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setProblem(undefined);
    setSaved(false);
    const { data, error } = await props.save({
      mode,
      threshold: mode === 'above' && threshold.trim() !== '' ? Number(threshold) : null,
      approverContactGuids: [...approvers],
    });
    setSaving(false);
    if (error) return setProblem(error);
    if (data) props.onSaved(data);
    setSaved(true);
  };
  const toggle = (guid: string, on: boolean) => {
    const next = new Set(approvers);
    if (on) next.add(guid);
    else next.delete(guid);
    setApprovers(next);
  };

  return (
    <form class="stack approval-settings" onSubmit={submit} aria-label="Order approval">
      <fieldset>
        <legend>Which orders need approval</legend>
        {MODES.map((m) => (
          <label key={m.mode} class="choice">
            <input
              type="radio"
              name="approval-mode"
              checked={mode === m.mode}
              onChange={() => setMode(m.mode)}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </fieldset>
      {mode === 'above' && (
        <TextField
          id="approval-threshold"
          label={`Amount before tax${settings.currency ? ` (${settings.currency})` : ''}`}
          error={fieldError('threshold')}
          type="number"
          min="0"
          step="0.01"
          value={threshold}
          onValue={(value) => setThreshold(value)}
        />
      )}
      <fieldset>
        <legend>Approvers (their own orders need no approval)</legend>
        {settings.contacts.map((c) => (
          <label key={c.guid} class="choice">
            <input
              type="checkbox"
              checked={approvers.has(c.guid)}
              onChange={(e) => toggle(c.guid, e.currentTarget.checked)}
            />
            <span>
              {[c.firstName, c.lastName].filter(Boolean).join(' ') || c.email} ({c.email})
            </span>
          </label>
        ))}
        {fieldError('approverContactGuids') && (
          <p class="field-error">{fieldError('approverContactGuids')}</p>
        )}
      </fieldset>
      {problem && !problem.errors?.length && <ProblemNote problem={problem} />}
      {saved && <Notice>Approval settings saved.</Notice>}
      <p>
        <button type="submit" class="button primary" disabled={saving}>
          Save approval settings
        </button>
      </p>
    </form>
  );
}
