// The admin's invitation template per store (R12, issue 4 §3): read (the default when never edited), save
// (validated), reset to the default, and preview with sample values.
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import { renderEmail } from './email.render.ts';
import type { BrandingLookup, RenderedEmail } from './email.types.ts';
import type { InvitationTemplateRepo } from './invitation-template.repo.ts';
import {
  DEFAULT_INVITATION_TEMPLATE,
  INVITATION_PLACEHOLDERS,
  type InvitationTemplateContent,
  validateTemplate,
} from './invitation-template.ts';
import type { InvitationVariables } from './templates/invitation.ts';

/** Looks up a store's name (undefined when there is no such store). */
export type StoreNameLookup = (storeId: string) => Promise<string | undefined>;

/** The template as the admin sees it. */
export interface InvitationTemplateView extends InvitationTemplateContent {
  /** True when the store uses the default (never edited, or reset). */
  isDefault: boolean;
  updatedAt: string | null;
  /** The placeholders the subject and body may use. */
  placeholders: string[];
}

export interface InvitationTemplateService {
  getTemplate(storeId: string): Promise<InvitationTemplateView>;
  /** Validates (validation-failed listing every problem) and stores the store's template. */
  saveTemplate(storeId: string, draft: InvitationTemplateContent): Promise<InvitationTemplateView>;
  /** Back to the default; returns it. */
  resetTemplate(storeId: string): Promise<InvitationTemplateView>;
  /** The stored template, or a draft (validated first), rendered with sample values; nothing is saved. */
  preview(storeId: string, draft?: InvitationTemplateContent): Promise<RenderedEmail>;
  /** The subject and body invitations are sent with. */
  contentFor(storeId: string): Promise<InvitationTemplateContent>;
}

/** The sample values of the preview ({Expiry Date} is 7 days from now). */
export const PREVIEW_SAMPLE = {
  firstName: 'Alex',
  customerName: 'Sample Customer Ltd',
  acceptUrl: 'https://portal.example/invitations/sample',
} as const;

export interface InvitationTemplateDeps {
  repo: InvitationTemplateRepo;
  clock: Clock;
  storeName: StoreNameLookup;
  /** The store's logo and colour, so the preview looks like what is sent. */
  branding?: BrandingLookup;
  timeZone: string;
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}

/** The service; one domain calls another through this, never the repo. */
export function createInvitationTemplateService(deps: InvitationTemplateDeps): InvitationTemplateService {
  const { repo, clock } = deps;
  const view = (content: InvitationTemplateContent, updatedAt: string | null): InvitationTemplateView => ({
    subject: content.subject,
    body: content.body,
    isDefault: updatedAt === null,
    updatedAt,
    placeholders: [...INVITATION_PLACEHOLDERS],
  });
  const contentFor = async (storeId: string) => {
    const record = await repo.get(storeId);
    return record ? { subject: record.subject, body: record.body } : DEFAULT_INVITATION_TEMPLATE;
  };

  return {
    async getTemplate(storeId) {
      const record = await repo.get(storeId);
      return record ? view(record, record.updatedAt) : view(DEFAULT_INVITATION_TEMPLATE, null);
    },
    async saveTemplate(storeId, draft) {
      const content = validateTemplate(draft);
      const updatedAt = clock.now().toISOString();
      const before = await contentFor(storeId);
      await deps.transaction(async () => {
        await repo.save({ id: storeId, ...content, updatedAt });
        await deps.audit.record({
          ...{ storeId, kind: 'template-changed', recordType: 'template', recordId: 'invitation' },
          ...{ summary: 'Invitation email edited', before: { ...before }, after: { ...content } },
        });
      });
      return view(content, updatedAt);
    },
    async resetTemplate(storeId) {
      const before = await contentFor(storeId);
      await deps.transaction(async () => {
        await repo.remove(storeId);
        await deps.audit.record({
          ...{ storeId, kind: 'template-changed', recordType: 'template', recordId: 'invitation' },
          ...{ summary: 'Invitation email reset to the default', before: { ...before } },
          after: { ...DEFAULT_INVITATION_TEMPLATE },
        });
      });
      return view(DEFAULT_INVITATION_TEMPLATE, null);
    },
    async preview(storeId, draft) {
      const content = draft ? validateTemplate(draft) : await contentFor(storeId);
      const storeName = await deps.storeName(storeId);
      if (storeName === undefined) throw new AppError('not-found', 'There is no such store.');
      const expiresAt = new Date(clock.now().getTime() + 7 * 86_400_000).toISOString();
      const sample: InvitationVariables = { ...PREVIEW_SAMPLE, expiresAt };
      return renderEmail('invitation', sample, {
        storeName,
        timeZone: deps.timeZone,
        invitationTemplate: content,
        branding: await deps.branding?.(storeId),
      });
    },
    contentFor,
  };
}
