// A page the admin will have soon (customers, products, orders, outbox): says so rather than a dead link.
import { PageTitle } from '../ui/components.tsx';

export function PlaceholderPage({ title }: { title: string }) {
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      <p class="muted">This page is coming soon.</p>
    </section>
  );
}
