// The order summary shared by the order emails (R18, R20): lines table (a backordered part said on its line, B9),
// totals, delivery address, comment, in mjml and in plain text; the placeholders every order email fills; and an
// order email's whole body around it.
import { formatDate, formatMoney } from '../email.format.ts';
import { buttonBlock, type EmailBody, factsBlock, factsText, tableBlock } from '../email.layout.ts';
import type { EmailContext } from '../email.types.ts';
import { type EditedText, firstNameOr } from './edited-text.ts';

export interface OrderEmailLine {
  productCode: string;
  description: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  /** How much of the quantity is on backorder (B9); 0 or absent when none. */
  backorderQuantity?: number;
}

/** "3 on backorder" for a line with a backordered part, else null. */
const backorderNote = (line: OrderEmailLine): string | null =>
  line.backorderQuantity ? `${line.backorderQuantity} on backorder` : null;

/** An order as the emails show it; amounts in the order's currency. */
export interface OrderEmailSummary {
  /** The one order reference: Unleashed's sales-order number once it exists, else the store's own number. */
  orderNumber: string;
  /** The store's own number when orderNumber is Unleashed's; null or absent otherwise. */
  storeReference?: string | null;
  /** The requested delivery day `YYYY-MM-DD`; null or absent when none. */
  requiredDate?: string | null;
  placedAt: string;
  customerName: string;
  /** The buyer's purchase-order reference (B7); null or absent when none. */
  purchaseOrderRef?: string | null;
  currency: string;
  lines: OrderEmailLine[];
  /** Charges such as freight, as Unleashed holds them; absent or empty when none. */
  charges?: { description: string; amount: number }[];
  subTotal: number;
  taxTotal: number;
  total: number;
  /** Address lines, already formatted. */
  deliveryAddress: string[];
  comment: string | null;
  /** Where the reader sees the order (the buyer's or the admin's page). */
  orderUrl: string;
}

export type Fact = readonly [string, string | null | undefined];

function facts(order: OrderEmailSummary, timeZone: string, extra: readonly Fact[]): Fact[] {
  return [
    ['Order', order.orderNumber],
    ['Store reference', order.storeReference],
    ['Customer', order.customerName],
    ['PO number', order.purchaseOrderRef],
    ...extra,
    ['Placed on', formatDate(order.placedAt, timeZone)],
    ['Wanted by', order.requiredDate ? formatDate(`${order.requiredDate}T12:00:00Z`, 'UTC') : null],
    ['Deliver to', order.deliveryAddress.join('\n')],
    ['Comment', order.comment],
  ];
}

function totals(order: OrderEmailSummary): [string, string][] {
  const money = (amount: number) => formatMoney(amount, order.currency);
  return [
    ...(order.charges ?? []).map((c): [string, string] => [c.description, money(c.amount)]),
    ['Subtotal', money(order.subTotal)],
    ['Tax', money(order.taxTotal)],
    ['Total', money(order.total)],
  ];
}

/** The order as mjml blocks: facts, then the lines and totals table. `extra` facts follow the customer. */
export function orderMjml(order: OrderEmailSummary, timeZone: string, extra: readonly Fact[] = []): string {
  const money = (amount: number) => formatMoney(amount, order.currency);
  const rows = [
    ['Code', 'Product', 'Qty', 'Price', 'Total'],
    ...order.lines.map((l) => [
      l.productCode,
      [l.description, backorderNote(l)].filter(Boolean).join(' — '),
      String(l.quantity),
      money(l.unitPrice),
      money(l.lineTotal),
    ]),
    ...totals(order).map(([label, value]) => ['', label, '', '', value]),
  ];
  return [factsBlock(facts(order, timeZone, extra)), tableBlock(rows, [2, 3, 4])].join('\n');
}

/** The order as plain text. */
export function orderText(order: OrderEmailSummary, timeZone: string, extra: readonly Fact[] = []): string {
  const money = (amount: number) => formatMoney(amount, order.currency);
  const lines = order.lines.map(
    (l) =>
      `${l.quantity} x ${l.productCode} ${l.description} @ ${money(l.unitPrice)} = ${money(l.lineTotal)}` +
      (backorderNote(l) ? ` (${backorderNote(l)})` : ''),
  );
  const sums = totals(order).map(([label, value]) => `${label}: ${value}`);
  const factLines = facts(order, timeZone, extra).map(
    ([label, value]): Fact => [label, value?.replace(/\n/g, ', ')],
  );
  return [factsText(factLines), lines.join('\n'), sums.join('\n')].join('\n\n');
}

/** The placeholders of an order email to a contact, before its own; orderValues fills them. */
export const ORDER_PLACEHOLDERS = ['{Brand Name}', '{First Name}', '{Customer Name}', '{Order Number}'];

/** The values of the placeholders the order emails share (`{First Name}` only for emails to a contact). */
export const orderValues = (
  order: OrderEmailSummary,
  context: EmailContext,
  firstName: string | null = null,
) => ({
  '{Brand Name}': context.storeName,
  '{First Name}': firstNameOr(firstName),
  '{Customer Name}': order.customerName,
  '{Order Number}': order.orderNumber,
  '{Order Link}': order.orderUrl,
});

/**
 * An order email's body: the admin's edited text, then the order (`extra` facts after the customer) and, when
 * `button` is named, a button to the order (a line with its link in the text). The preview defaults to the subject.
 */
export function orderEmailBody(
  edited: EditedText,
  order: OrderEmailSummary,
  timeZone: string,
  {
    extra = [],
    button,
    preview = edited.subject,
  }: { extra?: readonly Fact[]; button?: string; preview?: string },
): EmailBody {
  const mjml = [edited.mjml, orderMjml(order, timeZone, extra)];
  const text = [edited.text, orderText(order, timeZone, extra)];
  if (button) {
    mjml.push(buttonBlock(button, order.orderUrl));
    text.push(`${button}: ${order.orderUrl}`);
  }
  return { subject: edited.subject, preview, mjml: mjml.join('\n'), text: text.join('\n\n') };
}
