// The shape every email template has, and what rendering needs from the store. Templates are pure: variables
// and context in, subject + mjml + text out; rendering to HTML happens once, in email.render.ts.
import type { EmailBody } from './email.layout.ts';
import type { EditableText, TemplateContent } from './template-text.ts';

/** What a template needs beyond its variables: the store's name and settings. */
export interface EmailContext {
  /** The store's name: the header, the sender's display name and `{Brand Name}`. */
  storeName: string;
  /** IANA zone dates are shown in, e.g. "Pacific/Auckland". */
  timeZone: string;
  /** The store's subject and body for the email being rendered (its edited one); absent: the default. */
  content?: TemplateContent;
  /** The store's logo and colour (issue 16 item 9); absent: the store's name on the portal's blue. */
  branding?: EmailBranding;
}

/** What the layout shows of a store's branding. */
export interface EmailBranding {
  /** `#rrggbb` (readable under white text: the store checks it), or null for the default. */
  colour: string | null;
  /** The logo's absolute URL (mail clients fetch it), or null. */
  logoUrl: string | null;
}

/** A store's branding for its emails (undefined when there is no such store). */
export type BrandingLookup = (storeId: string) => Promise<EmailBranding | undefined>;

/** One email template with typed variables, and what the admin may edit of it (issue 16 item 9). */
export interface EmailTemplate<V> {
  /** A human title, e.g. "Order status changed". */
  title: string;
  /** One line: when the email is sent, and to whom. */
  sentWhen: string;
  /** The placeholders, required placeholders, links and default text of the admin's part. */
  editable: EditableText;
  /** Variables for the preview (a sample contact and order); `now` dates them. */
  sample(now: Date): V;
  /** Builds subject, inbox preview, mjml blocks and plain text; every variable is escaped. */
  build(variables: V, context: EmailContext): EmailBody;
  /**
   * The variables with secrets (tokens in links) masked, for the copy kept in the outbox. Absent when the
   * template carries no secret.
   */
  mask?(variables: V): V;
}

/** A rendered message: what is sent and what the outbox keeps. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
