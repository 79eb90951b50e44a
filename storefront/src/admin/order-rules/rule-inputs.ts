// The quantity-rule inputs (B4) as the admin types them: blank is "no override", anything else a whole number
// from 1. Shared by the customer's and the product's override forms.
import type { QuantityRule } from '../../api/types.ts';

export const RULE_PARTS = [
  ['minimum', 'Minimum'],
  ['multiple', 'Sold in'],
  ['maximum', 'Maximum'],
] as const;

export type RuleTexts = Record<keyof QuantityRule, string>;

export const textsOf = (rule: QuantityRule): RuleTexts => ({
  minimum: rule.minimum === null ? '' : String(rule.minimum),
  multiple: rule.multiple === null ? '' : String(rule.multiple),
  maximum: rule.maximum === null ? '' : String(rule.maximum),
});

/** The rule, or null when an entry is not a whole number from 1. */
export function ruleOf(texts: RuleTexts): QuantityRule | null {
  const parse = (text: string) => (text.trim() === '' ? null : Number(text.trim()));
  const rule = {
    minimum: parse(texts.minimum),
    multiple: parse(texts.multiple),
    maximum: parse(texts.maximum),
  };
  const valid = Object.values(rule).every((n) => n === null || (Number.isInteger(n) && n >= 1));
  return valid ? rule : null;
}

/** How a buyer reads a rule, e.g. "min 6, in 6s"; "none" when it has no limit. */
export function ruleLabel(rule: QuantityRule): string {
  const parts = [
    rule.minimum !== null && `min ${rule.minimum}`,
    rule.multiple !== null && rule.multiple > 1 && `in ${rule.multiple}s`,
    rule.maximum !== null && `max ${rule.maximum}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
