// The server-rendered pages escape whatever they interpolate.
import { describe, expect, it } from 'vitest';
import { escapeHtml, loginPage, shellPage } from './pages.ts';

describe('console pages', () => {
  it('when text holds HTML, then escapeHtml makes it inert in content and quoted attributes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      '&#60;img src=x onerror=&#34;alert(&#39;x&#39;)&#34;&#62;&#38;',
    );
  });

  it('when the account id or an error holds HTML, then the pages show it as text', () => {
    expect(shellPage({ apiId: '<script>alert(1)</script>', canLogOut: false })).not.toContain(
      '<script>alert',
    );
    expect(loginPage('<b>bad</b>')).toContain('&#60;b&#62;bad&#60;/b&#62;');
  });

  it('when there is no password, then the shell has no logout button', () => {
    expect(shellPage({ apiId: 'id', canLogOut: false })).not.toContain('Log out');
    expect(shellPage({ apiId: 'id', canLogOut: true })).toContain('Log out');
  });
});
