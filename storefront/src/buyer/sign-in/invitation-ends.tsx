// The pages an invitation link can end on besides the store: expired (R13: the store admin has been told),
// no longer valid (used, replaced, cancelled or made up), and declined (R14).
import { href } from '../../router.ts';
import { LoginCard } from '../../ui/sign-in-fields.tsx';

/** A link older than 7 days. The gateway has told the store admin; `storeName` when this browser knows it. */
export function InvitationExpired({ storeName }: { storeName?: string }) {
  const store = storeName ?? 'the store';
  return (
    <LoginCard title="This invitation has expired">
      <p class="lead">
        Invitation links work for 7 days. We've let {store} know; ask them to send you a new one.
      </p>
    </LoginCard>
  );
}

/** A link that is used, replaced by a newer invitation, cancelled or never existed. */
export function InvitationNotValid() {
  return (
    <LoginCard title="This link is no longer valid">
      <p class="lead">
        It may have been used already, replaced by a newer invitation, or cancelled by the store.
      </p>
      <p>
        If you have already set your password, <a href={href('/login')}>sign in</a>. Otherwise ask the store
        to invite you again.
      </p>
    </LoginCard>
  );
}

/** After declining: the link is dead and the contact Inactive. */
export function InvitationDeclined({ storeName }: { storeName: string }) {
  return (
    <LoginCard title="Invitation declined">
      <p class="lead">
        You won't get a login to {storeName} from this link. If you change your mind, ask them to invite you
        again.
      </p>
    </LoginCard>
  );
}
