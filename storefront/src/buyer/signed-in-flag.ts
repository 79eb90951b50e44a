// Whether this browser had a buyer session: a session found gone on the next page load (expired, or the login
// deactivated by the store) then says so on the sign-in page, while a first visit just shows the form.
const KEY = 'portal.buyerSignedIn';

export function markSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused: the sign-in page just shows no sentence.
  }
}

export function wasSignedIn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
