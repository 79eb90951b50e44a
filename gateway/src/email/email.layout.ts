// The one shared layout of every email (store name header, white card, footer) and the mjml blocks templates
// build their bodies from. Blocks take already-escaped HTML (`html`) or plain values they escape themselves.
import { escapeHtml, paragraphHtml, paragraphs, safeUrl } from './email.format.ts';
import type { EmailBranding } from './email.types.ts';

const TEXT_COLOUR = '#1f2933';
const MUTED_COLOUR = '#6b7280';
const ACCENT_COLOUR = '#2563eb';

/** What a template produces before the layout wraps it. */
export interface EmailBody {
  subject: string;
  /** The inbox preview line (plain text). */
  preview: string;
  /** mjml blocks that go inside the card's column. */
  mjml: string;
  /** The plain-text body, without header or footer. */
  text: string;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The store's logo (alt: its name) above its name, when it has one. */
function logoBlock(storeName: string, branding: EmailBranding | undefined): string {
  if (!branding?.logoUrl) return '';
  return `<mj-image src="${escapeHtml(safeUrl(branding.logoUrl))}" alt="${escapeHtml(storeName)}" width="160px" padding="0 0 8px" />`;
}

/** Wraps a template's blocks in the store's layout: its logo and name as the header, its colour as accent. */
export function layoutMjml(storeName: string, body: EmailBody, branding?: EmailBranding): string {
  const accent = branding?.colour && HEX_COLOUR.test(branding.colour) ? branding.colour : ACCENT_COLOUR;
  return `<mjml lang="en">
  <mj-head>
    <mj-title>${escapeHtml(body.subject)}</mj-title>
    <mj-preview>${escapeHtml(body.preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="22px" color="${TEXT_COLOUR}" />
      <mj-button background-color="${accent}" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f5f7">
    <mj-section padding="24px 0 8px" border-top="4px solid ${accent}">
      <mj-column>
        ${logoBlock(storeName, branding)}
        <mj-text align="center" font-size="20px" font-weight="bold">${escapeHtml(storeName)}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="16px 8px" border-radius="6px">
      <mj-column>
${body.mjml}
      </mj-column>
    </mj-section>
    <mj-section padding="12px 0 24px">
      <mj-column>
        <mj-text align="center" font-size="12px" color="${MUTED_COLOUR}">${escapeHtml(footer(storeName))}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/** The plain-text part: store name, body, footer. */
export function layoutText(storeName: string, body: EmailBody): string {
  return `${storeName}\n\n${body.text.trim()}\n\n-- \n${footer(storeName)}\n`;
}

function footer(storeName: string): string {
  return `Sent by ${storeName} through its ordering portal from an unattended address: replies are not read.`;
}

/** A text block from HTML the caller has escaped. */
export function htmlBlock(html: string, attributes = ''): string {
  return `<mj-text${attributes ? ` ${attributes}` : ''}>${html}</mj-text>`;
}

/** Plain text (blank-line paragraphs) as escaped text blocks. */
export function textBlocks(text: string): string {
  return paragraphs(text)
    .map((part) => htmlBlock(paragraphHtml(part)))
    .join('\n');
}

/** A call-to-action button; the URL must be http(s). */
export function buttonBlock(label: string, url: string): string {
  return `<mj-button href="${escapeHtml(safeUrl(url))}" border-radius="4px" font-size="15px" padding="16px 25px">${escapeHtml(label)}</mj-button>`;
}

/** A small grey note. */
export function noteBlock(text: string): string {
  return htmlBlock(paragraphHtml(text), `font-size="13px" color="${MUTED_COLOUR}"`);
}

/** A table of rows; each cell is plain text, escaped here. The first row is the header. */
export function tableBlock(rows: readonly (readonly string[])[], alignRight: readonly number[] = []): string {
  const cell = (value: string, index: number, tag: 'th' | 'td') =>
    `<${tag} style="padding:4px 6px;text-align:${alignRight.includes(index) ? 'right' : 'left'};border-bottom:1px solid #e5e7eb">${escapeHtml(value)}</${tag}>`;
  const [head, ...body] = rows;
  const header = head ? `<tr>${head.map((value, i) => cell(value, i, 'th')).join('')}</tr>` : '';
  const lines = body.map((row) => `<tr>${row.map((value, i) => cell(value, i, 'td')).join('')}</tr>`);
  return `<mj-table font-size="14px" color="${TEXT_COLOUR}">${header}${lines.join('')}</mj-table>`;
}

/** A labelled list ("Order: 123") as one block; empty values are left out. */
export function factsBlock(facts: readonly (readonly [string, string | null | undefined])[]): string {
  const shown = facts.filter((fact): fact is readonly [string, string] => !!fact[1]);
  return htmlBlock(
    shown
      .map(([label, value]) => `<strong>${escapeHtml(label)}:</strong> ${paragraphHtml(value)}`)
      .join('<br />'),
  );
}

/** The same facts as plain-text lines. */
export function factsText(facts: readonly (readonly [string, string | null | undefined])[]): string {
  return facts
    .filter((fact) => !!fact[1])
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}
