// The SMTP catcher's web page: the caught messages, newest first, each with the links it carries and its HTML
// rendered in a sandboxed iframe (srcdoc, no scripts, no same origin), since caught mail is untrusted input.
import type { CaughtMessage } from './catcher.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const decodeEntities = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The distinct http(s) links of a message: every href of its HTML, then any bare URL of its text. */
export function messageLinks(message: Pick<CaughtMessage, 'html' | 'text'>): string[] {
  const fromHtml = [...message.html.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    decodeEntities((m[1] ?? m[2] ?? '').trim()),
  );
  const fromText = [...message.text.matchAll(/https?:\/\/[^\s<>"')\]]+/gi)].map((m) => m[0]);
  return [...new Set([...fromHtml, ...fromText])].filter((link) => /^https?:\/\//i.test(link));
}

const messageArticle = (m: CaughtMessage, open: boolean) => {
  const links = messageLinks(m);
  const body = m.html
    ? `<iframe title="${escapeHtml(`The email “${m.subject}”`)}" sandbox="" loading="lazy" referrerpolicy="no-referrer" srcdoc="${escapeHtml(m.html)}"></iframe>`
    : `<pre>${escapeHtml(m.text)}</pre>`;
  return `<article aria-labelledby="m${m.id}">
  <h2 id="m${m.id}">${escapeHtml(m.subject || '(no subject)')}</h2>
  <p class="meta">#${m.id} · to ${escapeHtml(m.to.join(', '))} · from ${escapeHtml(m.from)} · <time datetime="${escapeHtml(m.date)}">${escapeHtml(m.date.replace('T', ' ').slice(0, 19))} UTC</time></p>
  ${
    links.length
      ? `<ul class="links" aria-label="Links in #${m.id}">${links
          .map((l) => `<li><a href="${escapeHtml(l)}" rel="noreferrer">${escapeHtml(l)}</a></li>`)
          .join('')}</ul>`
      : '<p class="meta">No links.</p>'
  }
  <details${open ? ' open' : ''}><summary>Show the email</summary>${body}</details>
</article>`;
};

/** The whole page; the newest message is shown open. */
export function renderCatcherPage(messages: CaughtMessage[]): string {
  const newestFirst = [...messages].reverse();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Caught email (${messages.length})</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1f2933}
article{border:1px solid #cbd2d9;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
h2{font-size:1.1rem;margin:.25rem 0}.meta{color:#52606d;font-size:.85rem;margin:.25rem 0;overflow-wrap:anywhere}
.links{margin:.25rem 0;padding-left:1.25rem;overflow-wrap:anywhere}
iframe{width:100%;height:32rem;border:1px solid #e4e7eb;background:#fff}pre{white-space:pre-wrap}
</style></head><body>
<h1>Caught email</h1>
<p>${messages.length === 0 ? 'No email caught yet.' : `${messages.length} message${messages.length === 1 ? '' : 's'}, newest first.`} <a href="/">Refresh</a> · JSON for scripts and tests: <a href="/messages">/messages</a>, <code>/messages/latest?to=…</code></p>
${newestFirst.map((m, i) => messageArticle(m, i === 0)).join('\n')}
</body></html>`;
}
