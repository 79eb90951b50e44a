// The store's own wording of every email it sends (issue 16 item 9, R12): list them, read one (the default
// when never edited), save (validated against the template's placeholders), reset to the default, and preview
// with sample values and the store's branding. Sending asks contentFor for the text to use.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import { renderEmail } from './email.render.ts';
import { emailTemplates, TEMPLATE_NAMES, type TemplateName } from './email.templates.ts';
import type { BrandingLookup, RenderedEmail } from './email.types.ts';
import type { EmailTemplatesRepo } from './email-templates.repo.ts';
import { type TemplateContent, validateTemplate } from './template-text.ts';

/** Looks up a store's name (undefined when there is no such store). */
export type StoreNameLookup = (storeId: string) => Promise<string | undefined>;

type Schemas = components['schemas'];

/** One email as the list shows it (`isDefault`: never edited, or reset); its name is one of the templates. */
export type EmailTemplateSummary = Schemas['EmailTemplateSummary'] & { name: TemplateName };

/** One email as the editor shows it. */
export type EmailTemplateView = Schemas['EmailTemplate'] & { name: TemplateName };

export interface EmailTemplatesService {
  listTemplates(storeId: string): Promise<EmailTemplateSummary[]>;
  /** not-found when `name` is no template. */
  getTemplate(storeId: string, name: string): Promise<EmailTemplateView>;
  /** Validates (validation-failed listing every problem) and stores the store's text; audited. */
  saveTemplate(storeId: string, name: string, draft: TemplateContent): Promise<EmailTemplateView>;
  /** Back to the default; audited; returns it. */
  resetTemplate(storeId: string, name: string): Promise<EmailTemplateView>;
  /** The stored text, or a draft (validated first), rendered with sample values; nothing is saved. */
  preview(storeId: string, name: string, draft?: TemplateContent): Promise<RenderedEmail>;
  /** The subject and body the template is sent with for this store. */
  contentFor(storeId: string, name: TemplateName): Promise<TemplateContent>;
}

export interface EmailTemplatesDeps {
  repo: EmailTemplatesRepo;
  clock: Clock;
  storeName: StoreNameLookup;
  /** The store's logo and colour, so the preview looks like what is sent. */
  branding?: BrandingLookup;
  timeZone: string;
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}

function templateNamed(name: string): TemplateName {
  if (!(TEMPLATE_NAMES as string[]).includes(name))
    throw new AppError(
      'not-found',
      `There is no email "${name}". The emails are ${TEMPLATE_NAMES.join(', ')}.`,
    );
  return name as TemplateName;
}

/** The service; one domain calls another through this, never the repo. */
export function createEmailTemplatesService(deps: EmailTemplatesDeps): EmailTemplatesService {
  const { repo, clock } = deps;
  const summary = (name: TemplateName, updatedAt: string | null): EmailTemplateSummary => {
    const { title, sentWhen } = emailTemplates[name];
    return { name, title, sentWhen, isDefault: updatedAt === null, updatedAt };
  };
  const view = (
    name: TemplateName,
    content: TemplateContent,
    updatedAt: string | null,
  ): EmailTemplateView => {
    const { editable } = emailTemplates[name];
    return {
      ...summary(name, updatedAt),
      subject: content.subject,
      body: content.body,
      placeholders: [...editable.placeholders],
      requiredPlaceholders: editable.required.map((r) => r.placeholder),
    };
  };
  const contentFor = async (storeId: string, name: TemplateName): Promise<TemplateContent> => {
    const record = await repo.get(storeId, name);
    return record ? { subject: record.subject, body: record.body } : emailTemplates[name].editable.defaults;
  };
  const audited = (storeId: string, name: TemplateName, summaryText: string) => ({
    ...{ storeId, kind: 'template-changed' as const, recordType: 'template' as const, recordId: name },
    summary: `${emailTemplates[name].title} email ${summaryText}`,
  });

  return {
    async listTemplates(storeId) {
      const edited = new Map((await repo.list(storeId)).map((r) => [r.template, r.updatedAt]));
      return TEMPLATE_NAMES.map((name) => summary(name, edited.get(name) ?? null));
    },
    async getTemplate(storeId, name) {
      const template = templateNamed(name);
      const record = await repo.get(storeId, template);
      return record
        ? view(template, record, record.updatedAt)
        : view(template, emailTemplates[template].editable.defaults, null);
    },
    async saveTemplate(storeId, name, draft) {
      const template = templateNamed(name);
      const content = validateTemplate(emailTemplates[template].editable, draft);
      const updatedAt = clock.now().toISOString();
      const before = await contentFor(storeId, template);
      await deps.transaction(async () => {
        await repo.save({ storeId, template, ...content, updatedAt });
        await deps.audit.record({
          ...audited(storeId, template, 'edited'),
          ...{ before: { ...before }, after: { ...content } },
        });
      });
      return view(template, content, updatedAt);
    },
    async resetTemplate(storeId, name) {
      const template = templateNamed(name);
      const before = await contentFor(storeId, template);
      const defaults = emailTemplates[template].editable.defaults;
      await deps.transaction(async () => {
        await repo.remove(storeId, template);
        await deps.audit.record({
          ...audited(storeId, template, 'reset to the default'),
          ...{ before: { ...before }, after: { ...defaults } },
        });
      });
      return view(template, defaults, null);
    },
    async preview(storeId, name, draft) {
      const template = templateNamed(name);
      const { editable, sample } = emailTemplates[template];
      const content = draft ? validateTemplate(editable, draft) : await contentFor(storeId, template);
      const storeName = await deps.storeName(storeId);
      if (storeName === undefined) throw new AppError('not-found', 'There is no such store.');
      return renderEmail(template, sample(clock.now()), {
        storeName,
        timeZone: deps.timeZone,
        content,
        branding: await deps.branding?.(storeId),
      });
    },
    contentFor,
  };
}
