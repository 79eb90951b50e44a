// The admin's invitation actions on a contact (R12, R13, R16) and the bulk invitations.
import { Router } from 'express';
import type { Admin } from '../admins/admins.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { InvitationsService } from './invitations.service.ts';

export function invitationsAdminRouter(deps: {
  invitations: InvitationsService;
  stores: StoresService;
}): Router {
  const { invitations, stores } = deps;
  const router = Router();
  const contactPath = '/admin/stores/:storeId/contacts/:contactGuid';
  const adminId = (locals: Record<string, unknown>) => (locals.admin as Admin | undefined)?.id ?? null;

  router.post(`${contactPath}/invitation`, async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.status(201).json(await invitations.invite(store.id, req.params.contactGuid, adminId(res.locals)));
  });
  router.post(`${contactPath}/invitation/resend`, async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.status(201).json(await invitations.resend(store.id, req.params.contactGuid, adminId(res.locals)));
  });
  router.delete(`${contactPath}/invitation`, async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.json(await invitations.cancel(store.id, req.params.contactGuid));
  });
  router.post(`${contactPath}/deactivate`, async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.json(await invitations.deactivate(store.id, req.params.contactGuid));
  });
  router.post(`${contactPath}/reactivate`, async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.json(await invitations.reactivate(store.id, req.params.contactGuid));
  });
  router.post('/admin/stores/:storeId/invitations', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    const { contactGuids } = req.body as { contactGuids: string[] };
    res.json({ items: await invitations.inviteContacts(store.id, contactGuids, adminId(res.locals)) });
  });
  router.post('/admin/stores/:storeId/invitations/primary-contacts', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    const { customerGuids } = req.body as { customerGuids: string[] };
    res.json({
      items: await invitations.invitePrimaryContacts(store.id, customerGuids, adminId(res.locals)),
    });
  });
  return router;
}
