// The admin's email pages: every email's subject and body (issue 16 item 9, R12: list, read, save, reset,
// preview) and the outbox (B6). Thin routes over the email domain's services.
import { Router } from 'express';
import { pageRequest } from '../http/paging.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { EmailService, OutboxStatus } from './email.service.ts';
import type { EmailTemplatesService } from './email-templates.service.ts';
import type { TemplateContent } from './template-text.ts';

export function emailAdminRouter(deps: {
  email: EmailService;
  templates: EmailTemplatesService;
  stores: StoresService;
}): Router {
  const { email, templates, stores } = deps;
  const router = Router();
  const storeOf = async (storeId: string) => (await stores.get(storeId)).id;
  router.get('/admin/stores/:storeId/email-templates', async (req, res) => {
    res.json({ items: await templates.listTemplates(await storeOf(req.params.storeId)) });
  });
  const templatePath = '/admin/stores/:storeId/email-templates/:template';
  router.get(templatePath, async (req, res) => {
    res.json(await templates.getTemplate(await storeOf(req.params.storeId), req.params.template));
  });
  router.put(templatePath, async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    res.json(await templates.saveTemplate(storeId, req.params.template, req.body as TemplateContent));
  });
  router.delete(templatePath, async (req, res) => {
    res.json(await templates.resetTemplate(await storeOf(req.params.storeId), req.params.template));
  });
  router.post(`${templatePath}/preview`, async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    const draft = req.body as TemplateContent | undefined;
    const rendered = await templates.preview(
      storeId,
      req.params.template,
      draft?.subject === undefined ? undefined : draft,
    );
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
