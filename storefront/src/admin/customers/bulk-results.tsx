// What a bulk invitation did, one line per item (R12): sent, or refused with the gateway's sentence (e.g. the
// email is already used by another contact, R10). One refusal never hides the others.
import { problemSentence } from '../../api/problem.ts';
import type { BulkInviteResult } from '../../api/types.ts';

/** `names` maps customer or contact guids to what the admin calls them. */
export function BulkResults(props: { results: BulkInviteResult[]; names: Record<string, string> }) {
  const { results, names } = props;
  const sent = results.filter((r) => r.outcome === 'sent').length;
  const label = (r: BulkInviteResult) =>
    (r.customerGuid && names[r.customerGuid]) ||
    (r.contactGuid && names[r.contactGuid]) ||
    r.contactGuid ||
    '—';
  return (
    <section class="bulk-results" aria-labelledby="bulk-results-title">
      <h3 id="bulk-results-title" role="status">
        {sent} of {results.length} invitations sent
      </h3>
      <ul>
        {results.map((r, index) => (
          <li key={`${r.customerGuid ?? ''}-${r.contactGuid ?? index}`} class={`result-${r.outcome}`}>
            <strong>{label(r)}</strong>:{' '}
            {r.outcome === 'sent' ? 'Sent' : `Refused. ${r.problem ? problemSentence(r.problem) : ''}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
