// The console in the browser: a hash router over the views (#/orders, #/customers/{guid}, …) and the live
// call log beside them. Each view is an async function of { params, query, refresh } giving one element.
import { startCallLog } from './call-log.js';
import { h, viewPage } from './dom.js';
import { customerView } from './views/customer.js';
import { customersView } from './views/customers.js';
import { orderView } from './views/order.js';
import { ordersView } from './views/orders.js';
import { productView } from './views/product.js';
import { productsView } from './views/products.js';
import { qaView } from './views/qa.js';
import { webhooksView } from './views/webhooks.js';

const ROUTES = [
  [/^\/orders\/([^/]+)$/, orderView],
  [/^\/orders$/, ordersView],
  [/^\/customers\/([^/]+)$/, customerView],
  [/^\/customers$/, customersView],
  [/^\/products\/([^/]+)$/, productView],
  [/^\/products$/, productsView],
  [/^\/webhooks$/, webhooksView],
  [/^\/qa$/, qaView],
];

const main = document.getElementById('view');
let drawing = 0;

function markCurrent(path) {
  for (const link of document.querySelectorAll('nav a')) {
    const section = link.getAttribute('href').slice(1);
    if (path.startsWith(section)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** What identifies a control across a redraw: its tag with its label, name or text. */
function keyOf(element) {
  if (!element || element === document.body || !main.contains(element)) return null;
  const label = element.getAttribute('aria-label') ?? element.getAttribute('name') ?? element.textContent;
  return `${element.tagName}|${label}`;
}

function refocus(key) {
  if (!key) return;
  const again = [...main.querySelectorAll('button, input, select, a')].find(
    (element) => keyOf(element) === key,
  );
  again?.focus();
}

/** Draws the view the hash names; `focus` moves focus to its heading (on navigation, not on refresh). */
async function draw(focus) {
  const ticket = ++drawing;
  const [path = '', search = ''] = window.location.hash.slice(1).split('?');
  const match = ROUTES.map(([pattern, view]) => [pattern.exec(path), view]).find(([found]) => found);
  if (!match) {
    window.location.replace('#/orders');
    return;
  }
  const [found, view] = match;
  markCurrent(path);
  main.setAttribute('aria-busy', 'true');
  const ctx = {
    params: found.slice(1).map(decodeURIComponent),
    query: new URLSearchParams(search),
    refresh: () => draw(false),
  };
  let content;
  try {
    content = await view(ctx);
  } catch (error) {
    content = viewPage(
      { title: 'This page could not be loaded' },
      h('p', { class: 'flash error' }, error.message),
    );
  }
  if (ticket !== drawing) return;
  const focused = keyOf(document.activeElement);
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  if (focus) main.querySelector('h1')?.focus();
  else refocus(focused);
}

// The hash is the router's, so the skip link moves focus itself instead of jumping to #view.
document.querySelector('.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  (main.querySelector('h1') ?? main).focus();
});
window.addEventListener('hashchange', () => draw(true));
draw(false);
startCallLog(document.getElementById('calls'));
