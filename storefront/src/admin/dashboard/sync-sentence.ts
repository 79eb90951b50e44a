// How the dashboard says how the sync is doing, in one sentence.
import type { StoreDashboard } from '../../api/types.ts';
import { formatDateTime } from '../../ui/format.ts';

export function syncSentence(sync: StoreDashboard['sync']): string {
  if (sync.running) return 'A sync is running now.';
  const at = formatDateTime(sync.lastRunFinishedAt);
  if (sync.lastRunStatus === 'succeeded') return `The last sync succeeded, ${at}.`;
  if (sync.lastRunStatus === 'failed')
    return `The last sync failed, ${at}${sync.lastRunError ? `: ${sync.lastRunError}` : '.'}`;
  if (sync.lastRunStatus === 'interrupted') return `The last sync was interrupted, ${at}.`;
  return 'No sync has finished yet.';
}
