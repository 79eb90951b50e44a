// The invitation email page (R12): loads the store's template, then the editor with its live preview.
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { TemplateEditor } from './template-editor.tsx';

export function InvitationEmailPage({ store }: { store: Store }) {
  const template = useLoad(
    () => api.GET('/admin/stores/{storeId}/invitation-template', { params: { path: { storeId: store.id } } }),
    [store.id],
  );
  return (
    <section class="stack">
      <PageTitle>Invitation email</PageTitle>
      <p class="muted lead">
        The email a contact gets when invited to {store.name}. It is sent from the store's system address.
      </p>
      {template.state === 'loading' && <Loading label="Loading the invitation email…" />}
      {template.state === 'failed' && <ProblemNote problem={template.problem} onRetry={template.reload} />}
      {template.state === 'ready' && (
        <TemplateEditor storeId={store.id} template={template.data} onSaved={template.set} />
      )}
    </section>
  );
}
