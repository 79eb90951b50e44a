// Steps the buyer browser tests share: a contact accepts its emailed invitation in the browser (and is then
// signed in), and gateway calls made from the page itself, with the browser's cookies (setup shortcuts).
import type { Page } from 'playwright-core';
import type { RunningPortal } from './harness.ts';

export const PASSWORD = 'Buyer2026ok';

/** Opens the invitation link last emailed to `email`, sets the password and waits for the store's home. */
export async function acceptInvitation(page: Page, portal: RunningPortal, email: string): Promise<void> {
  const link = new RegExp(`${portal.url}/s/[a-z0-9-]+/invitations/[\\w-]+`).exec(
    portal.catcher.latest(email)?.text ?? '',
  );
  if (!link) throw new Error(`no invitation link was emailed to ${email}`);
  await page.goto(link[0]);
  const main = page.getByRole('main');
  await main.getByLabel('New password').fill(PASSWORD);
  await main.getByRole('button', { name: 'Accept and sign in' }).click();
  await main.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
}

/** A same-origin gateway call from the page (its cookies go along); answers status and parsed body. */
export async function fromPage(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ([method, path, body]) => {
      const response = await fetch(path as string, {
        method: method as string,
        credentials: 'include',
        headers: {
          'X-Requested-With': 'portal',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    [method, path, body] as const,
  );
}
