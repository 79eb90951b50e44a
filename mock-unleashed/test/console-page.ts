// Driving the console's page in the browser tests: open a view afresh, wait for a message, find a call in
// the live call log, open a customer through the search.
import type { Locator, Page } from 'playwright-core';

export interface ConsolePage {
  /** The view area (the call log beside it is #calls). */
  main(): Locator;
  /** Loads the console afresh at `hash` (a new document, so the call log starts unfiltered). */
  open(hash: string): Promise<void>;
  /** Waits for a message containing `text` in the live region. */
  flash(text: string): Promise<void>;
  /** Waits until the call log shows `method path` with this status and a valid signature. */
  loggedCall(method: string, path: string, status: number): Promise<void>;
  /** Searches the customers by code and opens that customer's page. */
  openCustomer(code: string): Promise<void>;
}

/** The helpers for the console of the mock at `url`, shown in `page`. */
export function consolePage(page: () => Page, url: () => string): ConsolePage {
  const main = () => page().locator('main');
  const open = async (hash: string) => {
    await page().goto('about:blank');
    await page().goto(`${url()}/__console/${hash}`);
  };
  return {
    main,
    open,
    flash: (text) => page().locator('#flash', { hasText: text }).waitFor(),
    loggedCall: (method, path, status) =>
      page()
        .locator(
          `#calls tr[data-method="${method}"][data-path="${path}"][data-status="${status}"][data-signature="valid"]`,
        )
        .first()
        .waitFor(),
    openCustomer: async (code) => {
      await open('#/customers');
      await main().getByLabel('Code starts with').fill(code);
      await main().getByRole('button', { name: 'Search' }).click();
      await main().getByRole('link', { name: code, exact: true }).click();
      await main()
        .getByRole('heading', { level: 1, name: new RegExp(`^${code} `) })
        .waitFor();
    },
  };
}
