// The contact actions (R12, R16) as gateway calls: each answers the problem when refused, nothing when done.
import { api } from '../../api/client.ts';
import type { Problem } from '../../api/types.ts';
import type { ContactAction } from './contact-labels.ts';

/** Runs `action` on the contact; the gateway decides whether it is allowed and says why not. */
export async function runContactAction(
  storeId: string,
  contactGuid: string,
  action: ContactAction,
): Promise<Problem | undefined> {
  const params = { path: { storeId, contactGuid } };
  switch (action) {
    case 'invite':
      return (await api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/invitation', { params })).error;
    case 'resend':
      return (await api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/invitation/resend', { params }))
        .error;
    case 'cancel':
      return (await api.DELETE('/admin/stores/{storeId}/contacts/{contactGuid}/invitation', { params }))
        .error;
    case 'deactivate':
      return (await api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/deactivate', { params })).error;
    case 'reactivate':
      return (await api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/reactivate', { params })).error;
  }
}
