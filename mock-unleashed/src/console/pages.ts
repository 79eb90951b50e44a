// The two server-rendered pages of the console: the login form and the shell the browser-side views fill in.
// Everything interpolated goes through escapeHtml.

const STATIC = '/__console/static';

/** Makes text safe to put in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STATIC}/base.css">
<link rel="stylesheet" href="${STATIC}/forms.css">
<link rel="stylesheet" href="${STATIC}/tables.css">
</head>
<body>
${body}
</body>
</html>
`;
}

/** The login form, with an error line after a wrong password. */
export function loginPage(error?: string): string {
  const alert = error ? `<p class="flash error" role="alert">${escapeHtml(error)}</p>` : '';
  return layout(
    'Log in · Mock Unleashed console',
    `<main class="login">
<h1>Mock Unleashed console</h1>
${alert}
<form method="post" action="/__console/login">
<label for="password">Console password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Log in</button>
</form>
</main>`,
  );
}

/** The shell: header and navigation, the view area, the live call log, and the script that runs them. */
export function shellPage(options: { apiId: string; canLogOut: boolean }): string {
  const logout = options.canLogOut
    ? '<form method="post" action="/__console/logout" class="logout"><button type="submit">Log out</button></form>'
    : '';
  return layout(
    'Mock Unleashed console',
    `<a class="skip" href="#view">Skip to the page</a>
<header class="top">
<p class="brand">Mock Unleashed console <span class="account">account ${escapeHtml(options.apiId)}</span></p>
<nav aria-label="Console">
<a href="#/orders">Sales orders</a>
<a href="#/customers">Customers</a>
<a href="#/products">Products</a>
<a href="#/webhooks">Webhooks</a>
<a href="#/qa">QA controls</a>
</nav>
${logout}
</header>
<div class="layout">
<main id="view" tabindex="-1"><p>Loading…</p></main>
<aside id="calls" aria-labelledby="calls-title"></aside>
</div>
<div id="flash" class="flash-area" role="status" aria-live="polite"></div>
<noscript><p>The console needs JavaScript.</p></noscript>
<script type="module" src="${STATIC}/app.js"></script>`,
  );
}
