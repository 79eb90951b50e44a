// The admin's email pages: the invitation template (R12: read, save, reset, preview) and the outbox (B6).
// Thin routes over the email domain's services (they live here because the email folder is owned elsewhere).
import { Router } from 'express';
import type { EmailService, OutboxStatus } from '../email/email.service.ts';
import type { InvitationTemplateService } from '../email/invitation-template.service.ts';
import type { InvitationTemplateContent } from '../email/invitation-template.ts';
import { pageRequest } from '../http/paging.ts';
import type { StoresService } from '../stores/stores.service.ts';

export function emailAdminRouter(deps: {
  email: EmailService;
  invitationTemplates: InvitationTemplateService;
  stores: StoresService;
}): Router {
  const { email, invitationTemplates: templates, stores } = deps;
  const router = Router();
  const templatePath = '/admin/stores/:storeId/invitation-template';
  router.get(templatePath, async (req, res) => {
    res.json(await templates.getTemplate((await stores.get(req.params.storeId)).id));
  });
  router.put(templatePath, async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.json(await templates.saveTemplate(store.id, req.body as InvitationTemplateContent));
  });
  router.delete(templatePath, async (req, res) => {
    res.json(await templates.resetTemplate((await stores.get(req.params.storeId)).id));
  });
  router.post(`${templatePath}/preview`, async (req, res) => {
    const store = await stores.get(req.params.storeId);
    const draft = req.body as InvitationTemplateContent | undefined;
    const rendered = await templates.preview(store.id, draft?.subject === undefined ? undefined : draft);
    res.json({ subject: rendered.subject, html: rendered.html, text: rendered.text });
  });
  router.get('/admin/stores/:storeId/outbox', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    const status = req.query.status as OutboxStatus | undefined;
    res.json(await email.listOutbox(store.id, { status, ...pageRequest(req) }));
  });
  router.get('/admin/stores/:storeId/outbox/:messageId', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.json(await email.getMessage(store.id, req.params.messageId));
  });
  return router;
}
