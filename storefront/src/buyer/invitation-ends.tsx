// The pages an invitation link can end on besides the store: expired (R13: the store admin has been told),
// no longer valid (used, replaced, cancelled or made up), and declined (R14).
import type { ComponentChildren } from 'preact';
import { href } from '../router.ts';
import { PageTitle } from '../ui/components.tsx';

function EndCard({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main id="main" class="login">
      <div class="card login-card">
        <PageTitle>{title}</PageTitle>
        {children}
      </div>
    </main>
  );
}

/** A link older than 7 days. The gateway has told the store admin; `storeName` when this browser knows it. */
export function InvitationExpired({ storeName }: { storeName?: string }) {
  const store = storeName ?? 'the store';
  return (
    <EndCard title="This invitation has expired">
      <p class="lead">
        Invitation links work for 7 days. We've let {store} know; ask them to send you a new one.
      </p>
    </EndCard>
  );
}

/** A link that is used, replaced by a newer invitation, cancelled or never existed. */
export function InvitationNotValid() {
  return (
    <EndCard title="This link is no longer valid">
      <p class="lead">
        It may have been used already, replaced by a newer invitation, or cancelled by the store.
      </p>
      <p>
        If you have already set your password, <a href={href('/login')}>sign in</a>. Otherwise ask the store
        to invite you again.
      </p>
    </EndCard>
  );
}

/** After declining: the link is dead and the contact Inactive. */
export function InvitationDeclined({ storeName }: { storeName: string }) {
  return (
    <EndCard title="Invitation declined">
      <p class="lead">
        You won't get a login to {storeName} from this link. If you change your mind, ask them to invite you
        again.
      </p>
    </EndCard>
  );
}
