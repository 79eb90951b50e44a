// Admin sign-in (POST /admin/login). Wrong credentials, invalid fields and too many attempts (with the wait,
// counted down) are shown next to the form; the gateway sets the session cookie on success.
import { api } from '../../api/client.ts';
import type { Admin } from '../../api/types.ts';
import { href } from '../../router.ts';
import { Notice } from '../../ui/components.tsx';
import { LoginCard } from '../../ui/sign-in-fields.tsx';
import { SignInForm, useSignIn } from '../../ui/sign-in-form.tsx';

export function LoginPage({ onSignedIn, notice }: { onSignedIn: (admin: Admin) => void; notice?: string }) {
  const signIn = useSignIn();
  const submit = () =>
    signIn.attempt(async () => {
      const { data, error } = await api.POST('/admin/login', {
        body: { email: signIn.email.trim(), password: signIn.password },
      });
      if (data) onSignedIn(data.admin);
      return error;
    });
  return (
    <LoginCard brand="B2B Portal" title="Sign in as an admin">
      {notice && <Notice>{notice}</Notice>}
      <SignInForm signIn={signIn} idPrefix="login" onSubmit={submit} />
      <a href={href('/admin/forgot-password')}>Forgot your password?</a>
    </LoginCard>
  );
}
