// Collects what the browser refuses under the page's Content-Security-Policy (the violation events and the
// console's CSP lines), so a browser test can assert the storefront works under the gateway's policy.
import type { Page } from 'playwright-core';

export interface CspWatch {
  /** Every violation seen so far, as "directive: blocked URI" or the console line. */
  violations(): Promise<string[]>;
}

/** Starts watching `page` (each page loaded from now on). */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  return {
    async violations() {
      const inPage = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      return [...logged, ...inPage];
    },
  };
}
