// The settings page's Branding card (storefront/src/admin/settings/branding-settings.tsx) against the gateway: colour and
// banner through PATCH /admin/stores/{storeId}, the logo through PUT and DELETE …/logo (issue 16 item 9).
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { adminOfStore } from './givens.ts';
import { validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, regex } = MatchersV3;
const storePath = '/admin/stores/{storeId}';
const onStore = { params: { path: { storeId: 'store-1' } } };
/** A 1×1 PNG, as an image editor saves it. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';
const logoUrl = regex('^/store/logos/[^?]+\\?v=[0-9a-f]{16}$', '/store/logos/store-1?v=0123456789abcdef');

export function adminBrandingContracts(): void {
  describe('branding (issue 16 item 9)', () => {
    it('when the admin saves a colour and a banner, then the store answers its branding', async () => {
      const body = { brandColour: '#0b6e4f', bannerText: 'Closed 24–26 December' };
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a change of the brand colour and banner',
          method: 'PATCH',
          path: storePath,
          body,
          status: 200,
          response: {
            ...shapes.store,
            branding: {
              ...shapes.branding,
              brandColour: like('#0b6e4f'),
              bannerText: like('Closed 24–26 December'),
            },
          },
        },
        (api) => api.PATCH('/admin/stores/{storeId}', { ...onStore, body }),
      );
      expect(data?.branding.brandColour).toBe('#0b6e4f');
    });

    it('when the colour is too light for white text, then the answer is 400 validation-failed on brandColour', async () => {
      const body = { brandColour: '#ffd700' };
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a change of the brand colour to one too light for white text',
          method: 'PATCH',
          path: storePath,
          body,
          status: 400,
          response: validationProblem('brandColour'),
        },
        (api) => api.PATCH('/admin/stores/{storeId}', { ...onStore, body }),
      );
      expect(error?.errors?.[0]?.field).toBe('brandColour');
    });

    it('when the admin uploads a PNG logo, then the branding names its versioned URL', async () => {
      const body = { contentType: 'image/png' as const, data: PNG };
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the upload of a PNG logo',
          method: 'PUT',
          path: `${storePath}/logo`,
          body,
          status: 200,
          response: { ...shapes.branding, logoUrl },
        },
        (api) => api.PUT('/admin/stores/{storeId}/logo', { ...onStore, body }),
      );
      expect(data?.logoUrl).toMatch(/^\/store\/logos\//);
    });

    it('when the file is not the image it claims to be, then the answer is 400 validation-failed on data', async () => {
      const body = { contentType: 'image/png' as const, data: 'PGh0bWw+PC9odG1sPg==' };
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the upload of a logo that is no PNG',
          method: 'PUT',
          path: `${storePath}/logo`,
          body,
          status: 400,
          response: validationProblem('data'),
        },
        (api) => api.PUT('/admin/stores/{storeId}/logo', { ...onStore, body }),
      );
      expect(error?.errors?.[0]?.field).toBe('data');
    });

    it('when the admin removes the logo, then the branding has none', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the removal of the logo',
          method: 'DELETE',
          path: `${storePath}/logo`,
          status: 200,
          response: shapes.branding,
        },
        (api) => api.DELETE('/admin/stores/{storeId}/logo', onStore),
      );
      expect(data?.logoUrl).toBeNull();
    });
  });
}
