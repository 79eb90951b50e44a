import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { type SmtpCatcher, startSmtpCatcher } from '../../scripts/smtp-catcher/catcher.ts';
import { createSmtpMailer, type Mailer } from '../src/email/mailer.ts';

let catcher: SmtpCatcher;
let mailer: Mailer;
let base: string;

beforeEach(async () => {
  catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  mailer = createSmtpMailer({ host: catcher.host, port: catcher.smtpPort, secure: false, ignoreTls: true });
  base = `http://${catcher.host}:${catcher.httpPort}`;
});
afterEach(async () => {
  mailer.close();
  await catcher.close();
});

const mail = (to: string, subject: string) =>
  mailer.deliver({
    from: { name: 'Demo Store', address: 'no-reply@portal.example' },
    to,
    subject,
    html: `<p>Accept: <a href="https://portal.example/invitations/abc">link</a></p>`,
    text: 'Accept: https://portal.example/invitations/abc',
  });

describe('the SMTP catcher', () => {
  it('when mail is sent to it, then GET /messages lists it newest first with to, from, subject, date, text and html', async () => {
    await mail('ann@buyer.example', 'First');
    await mail('bob@buyer.example', 'Second');
    const response = await fetch(`${base}/messages`);
    expect(response.status).toBe(200);
    const messages = await response.json();
    expect(messages.map((m: { subject: string }) => m.subject)).toEqual(['Second', 'First']);
    expect(messages[1]).toMatchObject({
      to: ['ann@buyer.example'],
      from: '"Demo Store" <no-reply@portal.example>',
      subject: 'First',
      text: 'Accept: https://portal.example/invitations/abc',
    });
    expect(messages[1].html).toContain('href="https://portal.example/invitations/abc"');
    expect(new Date(messages[1].date).getTime()).not.toBeNaN();
  });

  it('GET /messages/latest?to= finds the newest message to one recipient (any case), or answers 404', async () => {
    await mail('ann@buyer.example', 'Old');
    await mail('bob@buyer.example', 'Other');
    await mail('Ann@Buyer.example', 'New');
    const latest = await fetch(`${base}/messages/latest?to=ANN@buyer.example`);
    expect((await latest.json()).subject).toBe('New');
    expect((await fetch(`${base}/messages/latest`).then((r) => r.json())).subject).toBe('New');
    expect((await fetch(`${base}/messages/latest?to=nobody@x.example`)).status).toBe(404);
  });

  it('DELETE /messages empties it', async () => {
    await mail('ann@buyer.example', 'Gone');
    expect((await fetch(`${base}/messages`, { method: 'DELETE' })).status).toBe(204);
    expect(await fetch(`${base}/messages`).then((r) => r.json())).toEqual([]);
    expect(catcher.messages).toEqual([]);
  });

  it('a login is accepted too (relays that need one are configured the same way)', async () => {
    const withLogin = createSmtpMailer({
      host: catcher.host,
      port: catcher.smtpPort,
      secure: false,
      ignoreTls: true,
      user: 'demo',
      pass: 'demo',
    });
    await withLogin.deliver({
      from: { name: 'Demo Store', address: 'no-reply@portal.example' },
      to: 'ann@buyer.example',
      subject: 'With login',
      html: '<p>x</p>',
      text: 'x',
    });
    withLogin.close();
    expect(catcher.latest('ann@buyer.example')?.subject).toBe('With login');
  });
});

describe("the SMTP catcher's web page", () => {
  const hostile = (to: string) =>
    mailer.deliver({
      from: { name: 'Demo Store', address: 'no-reply@portal.example' },
      to,
      subject: 'Set <b>your</b> password',
      html: `<h1 id="inside">Welcome</h1><a href="https://portal.example/invitations/a?x=1&amp;y=2">Accept</a>
        <a href="javascript:alert(1)">Bad</a><script>parent.document.title = 'taken over'</script>
        <img src="x" onerror="parent.document.title = 'taken over'">`,
      text: 'Accept: https://portal.example/invitations/a?x=1&y=2 or see https://portal.example/help',
    });

  it('GET / lists each message newest first with its links, its subject escaped and its HTML only inside a sandboxed srcdoc frame', async () => {
    await mail('ann@buyer.example', 'Older');
    await hostile('bob@buyer.example');
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page.indexOf('Set &lt;b&gt;your&lt;/b&gt; password')).toBeLessThan(page.indexOf('Older'));
    expect(page).toContain('<a href="https://portal.example/invitations/a?x=1&amp;y=2" rel="noreferrer">');
    expect(page).toContain('<a href="https://portal.example/help" rel="noreferrer">');
    expect(page).not.toContain('href="javascript:');
    expect(page).not.toContain('<script>');
    expect(page).toMatch(/<iframe [^>]*sandbox="" [^>]*srcdoc="&lt;h1 id=&quot;inside&quot;&gt;Welcome/);
  });

  it('in a browser, the email shows rendered in its frame, its links are followable from the page, and its scripts never run', async () => {
    await hostile('bob@buyer.example');
    const browser = await openBrowser();
    try {
      const page = browser.page;
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 2, name: 'Set <b>your</b> password' }).waitFor();
      const frame = page.frameLocator('iframe');
      await frame.getByRole('heading', { name: 'Welcome' }).waitFor();
      await page.getByRole('link', { name: 'https://portal.example/invitations/a?x=1&y=2' }).waitFor();
      expect(await page.title()).toBe('Caught email (1)');
      expect(await page.getByRole('link', { name: /javascript/ }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
