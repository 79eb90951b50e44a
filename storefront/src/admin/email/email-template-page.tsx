// One email of the store (issue 16 item 9, R12), e.g. the invitation or the order status change: loads the
// store's subject and body for it, then the editor with its live preview.
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { href } from '../../router.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { TemplateEditor } from './template-editor.tsx';

export function EmailTemplatePage({ store, name }: { store: Store; name: string }) {
  const template = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/email-templates/{template}', {
        params: { path: { storeId: store.id, template: name } },
      }),
    [store.id, name],
  );
  const title = template.data ? `${template.data.title} email` : 'Email';
  return (
    <section class="stack">
      <p>
        <a href={href('/admin/emails')}>All emails</a>
      </p>
      {/* Keyed by the title: it mounts again once the email is loaded, so the document title names it. */}
      <PageTitle key={title}>{title}</PageTitle>
      {template.data && (
        <p class="muted lead">
          {template.data.sentWhen} It is sent from {store.name}'s system address.
        </p>
      )}
      {template.state === 'loading' && <Loading label="Loading the email…" />}
      {template.state === 'failed' && <ProblemNote problem={template.problem} onRetry={template.reload} />}
      {template.state === 'ready' && (
        <TemplateEditor key={name} storeId={store.id} template={template.data} onSaved={template.set} />
      )}
    </section>
  );
}
