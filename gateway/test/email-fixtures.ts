// Test data for the email domain: variables for every template (with characters that must be escaped), and
// an email domain on the test file's database with a TestClock and a job engine of its own (an instance),
// sending to a given SMTP port on loopback.
import { createAuditLog } from '../src/audit/audit-log.ts';
import { TestClock } from '../src/clock.ts';
import type { PortalDb } from '../src/db/database.ts';
import { createEmailDomain, type EmailDomain } from '../src/email/email.module.ts';
import type { TemplateName, TemplateVariables } from '../src/email/email.templates.ts';
import type { Mailer } from '../src/email/mailer.ts';
import type { EmailLogger } from '../src/email/outbox.delivery.ts';
import { JobEngine } from '../src/jobs/job-engine.ts';
import { fileDatabase } from './file-database.ts';

/** A value that must come out escaped in every HTML part. */
export const NASTY = 'Tom & Jerry <b>"Ltd"</b>';
export const NASTY_ESCAPED = 'Tom &amp; Jerry &lt;b&gt;&quot;Ltd&quot;&lt;/b&gt;';
export const TOKEN = 'tok_0123456789abcdefghijklmnopqrstuvwxyzABCDEF';
export const STORE = { id: 'store-1', name: 'Demo Store' };

const order = {
  orderNumber: 'SO-00042',
  placedAt: '2026-11-01T09:00:00Z',
  customerName: NASTY,
  currency: 'NZD',
  lines: [
    { productCode: 'WID-1', description: 'Widget <large>', quantity: 3, unitPrice: 2.5, lineTotal: 7.5 },
  ],
  subTotal: 7.5,
  taxTotal: 1.13,
  total: 8.63,
  deliveryAddress: ['1 Queen Street', 'Auckland 1010'],
  comment: 'Leave at the back & ring',
  orderUrl: 'https://portal.example/orders/o-1',
};

/** Variables for every template. */
export const sampleVariables: { [N in TemplateName]: TemplateVariables[N] } = {
  invitation: {
    firstName: 'Ann',
    customerName: NASTY,
    acceptUrl: `https://portal.example/invitations/${TOKEN}`,
    expiresAt: '2026-11-08T09:00:00Z',
  },
  'invitation-expired': {
    contactName: 'Ann Smith',
    contactEmail: 'ann@buyer.example',
    customerName: NASTY,
    expiredAt: '2026-11-08T09:00:00Z',
    attemptedAt: '2026-11-10T09:00:00Z',
    resendUrl: 'https://portal.example/admin/customers/c-1',
  },
  'order-request-buyer': { firstName: 'Ann', order },
  'order-request-admin': { order, placedByEmail: 'ann@buyer.example', placedOnBehalfBy: null },
  'order-status-changed': {
    firstName: 'Ann',
    order: {
      ...order,
      storeReference: 'E7BF257B',
      charges: [{ description: 'Freight', amount: 12.5 }],
      orderUrl: 'https://portal.example/orders/o-1',
    },
    statusLabel: 'Confirmed',
    previousStatusLabel: 'Pending Approval',
  },
  'standing-order-reminder': {
    firstName: 'Ann',
    standingOrderName: 'Weekly <milk>',
    customerName: NASTY,
    runDate: '2026-11-12T00:00:00Z',
    deliveryAddress: ['1 Queen Street', 'Auckland 1010'],
    lines: [{ productCode: 'MILK-2L', description: 'Milk 2 L', quantity: 12 }],
    manageUrl: 'https://portal.example/standing-orders/s-1',
  },
  'standing-order-failed': {
    firstName: 'Ann',
    standingOrderName: 'Weekly <milk>',
    customerName: NASTY,
    runDate: '2026-11-12T06:00:00Z',
    reason: 'Remove or change: MILK-2L (This product is no longer in the store.)',
    manageUrl: 'https://portal.example/standing-orders/s-1',
  },
  'password-reset': {
    firstName: NASTY,
    resetUrl: `https://portal.example/s/fresh-co/password-reset/${TOKEN}`,
    expiresAt: '2026-11-08T09:00:00Z',
  },
  'order-approval-needed': { firstName: 'Ann', order, placedByEmail: 'bob@buyer.example' },
  'order-approved': { firstName: 'Bob', order, decidedBy: 'ann@buyer.example' },
  'order-rejected': { firstName: 'Bob', order, decidedBy: 'ann@buyer.example', reason: 'Over budget' },
};

/**
 * An email domain for tests: TestClock, SMTP on 127.0.0.1:`smtpPort` (or a fake mailer), on the test file's
 * database emptied of email first (a fresh domain), or on `db` as it is (a second process sharing one).
 */
export async function buildEmailDomain(
  options: {
    smtpPort?: number;
    mailer?: Mailer;
    maxAttempts?: number;
    retryBaseMs?: number;
    /** Days sent and failed messages are kept; unset keeps every one (B6). */
    retentionDays?: number;
    logger?: EmailLogger;
    db?: PortalDb;
  } = {},
): Promise<EmailDomain & { clock: TestClock; db: PortalDb }> {
  const clock = new TestClock();
  const db = options.db ?? (await emptied(await fileDatabase()));
  const jobs = new JobEngine(db, { pollingIntervalSeconds: 0.5 });
  await jobs.start();
  const domain = await createEmailDomain({
    db,
    jobs,
    clock,
    audit: createAuditLog(db, clock),
    storeName: async (id) => (id === STORE.id ? STORE.name : id === 'store-2' ? 'Other Store' : undefined),
    mailer: options.mailer,
    logger: options.logger,
    config: {
      from: 'B2B Portal <no-reply@portal.example>',
      timeZone: 'Pacific/Auckland',
      maxAttempts: options.maxAttempts,
      retryBaseMs: options.retryBaseMs,
      retentionDays: options.retentionDays,
      smtp: {
        host: '127.0.0.1',
        port: options.smtpPort ?? 1,
        secure: false,
        ignoreTls: true,
        timeoutMs: { connection: 2_000, greeting: 2_000, socket: 5_000 },
      },
    },
  });
  return {
    ...domain,
    clock,
    db,
    async shutdown() {
      await jobs.stop(2_000);
      await domain.shutdown();
    },
  };
}

async function emptied(db: PortalDb): Promise<PortalDb> {
  await db.q.deleteFrom('emailOutbox').execute();
  await db.q.deleteFrom('emailTemplates').execute();
  return db;
}
