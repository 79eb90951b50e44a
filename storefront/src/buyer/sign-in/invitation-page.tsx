// An invitation link (R13, R14): who it is for (POST /store/invitations/open), then a password to accept it
// (signed in on success) or declining it. An expired or dead link, found on opening or on acting, shows its page.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors, problemKind } from '../../api/problem.ts';
import type { InvitationView, Problem } from '../../api/types.ts';
import { Field, Loading, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { formProblemOf, LoginCard, NewPasswordField } from '../../ui/sign-in-fields.tsx';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { InvitationDeclined, InvitationExpired, InvitationNotValid } from './invitation-ends.tsx';
import { knownStore, rememberStore } from './known-store.ts';
import { useStoreBrand } from './store-brand.tsx';

type End = 'expired' | 'not-valid' | 'declined';

/** Which end page a problem leads to, if any (a token the validator refuses is as dead as an unknown one). */
function endOf(problem: Problem): End | undefined {
  const kind = problemKind(problem);
  if (kind === 'invitation-expired') return 'expired';
  if (kind === 'invitation-not-found' || problem.status === 400) return 'not-valid';
  return undefined;
}

export function InvitationPage({ token, onSignedIn }: { token: string; onSignedIn: () => void }) {
  const opened = useLoad(async () => {
    const answer = await api.POST('/store/invitations/open', { body: { token } });
    if (answer.data) rememberStore(answer.data.store);
    return answer;
  }, [token]);
  const [end, setEnd] = useState<End>();

  const reached = end ?? (opened.state === 'failed' ? endOf(opened.problem) : undefined);
  if (reached === 'expired') return <InvitationExpired storeName={knownStore()?.name} />;
  if (reached === 'not-valid') return <InvitationNotValid />;
  if (reached === 'declined' && opened.data) return <InvitationDeclined storeName={opened.data.store.name} />;
  if (opened.state !== 'ready') {
    return (
      <main id="main" class="login">
        {opened.state === 'loading' ? (
          <Loading label="Opening your invitation…" />
        ) : (
          <ProblemNote problem={opened.problem} onRetry={opened.reload} />
        )}
      </main>
    );
  }
  return <AcceptForm token={token} invitation={opened.data} onEnd={setEnd} onSignedIn={onSignedIn} />;
}

function AcceptForm(props: {
  token: string;
  invitation: InvitationView;
  onEnd: (end: End) => void;
  onSignedIn: () => void;
}) {
  const { token, invitation, onEnd, onSignedIn } = props;
  const { store, customer, contact } = invitation;
  const brand = useStoreBrand(store);
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email;
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmDecline, setConfirmDecline] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const failed = (error: Problem) => {
    const reached = endOf(error);
    if (reached && !(error.status === 400 && error.errors?.length)) onEnd(reached);
    else setProblem(error);
  };

  const accept = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const { data, error } = await api.POST('/store/invitations/accept', { body: { token, password } });
    setBusy(false);
    if (data) {
      rememberStore(data.buyer.store);
      onSignedIn();
    } else failed(error);
  };

  const decline = async () => {
    setBusy(true);
    setProblem(undefined);
    const { error } = await api.POST('/store/invitations/decline', { body: { token } });
    setBusy(false);
    if (error) failed(error);
    else onEnd('declined');
  };

  const errors = fieldErrors(problem);
  const formProblem = formProblemOf(problem);
  return (
    <LoginCard brand={brand.mark} site={brand.site} title={<>You're invited to {store.name}</>}>
      <p class="lead">
        You're invited to {store.name} as {name} of {customer.name}. Choose a password to create your login.
      </p>
      <form onSubmit={accept} noValidate aria-describedby={formProblem ? 'accept-problem' : undefined}>
        <Field id="accept-email" label="Email" hint="You sign in with this address.">
          {(control) => (
            <input {...control} type="email" autoComplete="username" value={contact.email} readOnly />
          )}
        </Field>
        <NewPasswordField
          id="accept-password"
          error={errors.password}
          value={password}
          onValue={setPassword}
        />
        {formProblem && <ProblemNote id="accept-problem" problem={formProblem} />}
        <SubmitButton label="Accept and sign in" busyLabel="Working…" busy={busy} />
      </form>
      <p class="muted">This link works until {formatDateTime(invitation.expiresAt)}.</p>
      {confirmDecline ? (
        <fieldset class="actions">
          <legend>Decline? This link will stop working.</legend>
          <button type="button" class="button secondary" disabled={busy} onClick={decline}>
            Yes, decline
          </button>
          <button type="button" class="button secondary" onClick={() => setConfirmDecline(false)}>
            Keep the invitation
          </button>
        </fieldset>
      ) : (
        <button type="button" class="button secondary" onClick={() => setConfirmDecline(true)}>
          Decline
        </button>
      )}
    </LoginCard>
  );
}
