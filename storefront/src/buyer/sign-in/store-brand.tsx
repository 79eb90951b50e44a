// The store a page shown before sign-in speaks for (sign-in, forgotten and new password, invitation): at the
// store's address (`/s/<slug>/`) its logo, name, colour and banner, and its name in the tab title; else the store
// this browser remembers (its logo too, found by the address it was remembered with); else the portal.
import type { ComponentChildren } from 'preact';
import { useSignInPage } from './sign-in-page.ts';

export interface StoreBrand {
  /** The brand line of the card: the logo and the store's name, or the portal's name. */
  mark: ComponentChildren;
  /** The store's name, when known. */
  name?: string;
  /** The tab title's site part, when the store's page is known. */
  site?: string;
  banner?: string | null;
  /** The address names no store. */
  unknown: boolean;
}

/** `known` is the store the page knows otherwise (a remembered store, an invitation's store). */
export function useStoreBrand(known?: { name: string }): StoreBrand {
  const signInPage = useSignInPage();
  const page = signInPage.page;
  const name = page?.name ?? known?.name;
  return {
    mark: (
      <>
        {page?.branding.logoUrl && <img class="brand-logo" src={page.branding.logoUrl} alt="" />}
        {signInPage.loading ? '\u00a0' : (name ?? 'B2B Portal')}
      </>
    ),
    name,
    site: page?.name,
    banner: page?.branding.bannerText,
    unknown: signInPage.unknown,
  };
}
