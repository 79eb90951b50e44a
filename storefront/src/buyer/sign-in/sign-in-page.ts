// The store a sign-in page at the store's address (`/s/<slug>/`) belongs to (GET /store/sign-in-pages/{slug}):
// its name and branding before anyone signs in, with its colour applied to the page while it shows. Away from
// a store's address, the store this browser remembers, by the address it was remembered with.
import type { components } from '../../../../openapi/generated/gateway.d.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../ui/use-load.ts';
import { knownStore, storeIdFromAddress, storeSlugFromAddress } from './known-store.ts';
import { useBrandColour } from './store-branding.ts';

export type SignInPage = components['schemas']['SignInPage'];

/**
 * The store of the address (else the remembered one): `page` once loaded, `unknown` when the address names no
 * store (404); with neither, nothing is asked.
 */
export function useSignInPage(): { page?: SignInPage; unknown: boolean; loading: boolean } {
  const atAddress = storeSlugFromAddress();
  const slug = atAddress || (storeIdFromAddress() ? '' : (knownStore()?.slug ?? ''));
  const loaded = useLoad<SignInPage | undefined>(
    async () =>
      slug ? api.GET('/store/sign-in-pages/{slug}', { params: { path: { slug } } }) : { data: undefined },
    [slug],
  );
  useBrandColour(loaded.data?.branding.brandColour ?? null);
  return {
    page: loaded.data,
    unknown: Boolean(atAddress) && loaded.state === 'failed' && loaded.problem.status === 404,
    loading: Boolean(slug) && loaded.state === 'loading',
  };
}
