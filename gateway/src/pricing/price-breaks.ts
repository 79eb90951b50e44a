// Quantity breaks that raise the unit price (R17a, issue 16 item 3): Unleashed ranks a quantity break above the
// customer's tier, so a break can make each unit dearer than a smaller quantity pays (own price 2.63, "10 or more:
// 2.84"). Pure: the unit price a customer pays from 1 and from each break, and the breaks that raise it.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import { type PriceInput, resolvePrice, validOn } from './pricing.ts';

export type PriceStep = components['schemas']['PriceStep'];
export type RaisingPriceBreak = components['schemas']['RaisingPriceBreak'];

const money = (value: number) => value.toFixed(2);
const units = (quantity: number) => `${quantity} unit${quantity === 1 ? '' : 's'}`;

/** The unit price from 1 and from each break minimum valid today for this customer, lowest quantity first. */
export function priceSteps(input: Omit<PriceInput, 'quantity'>): PriceStep[] {
  const minimums = input.rules
    .filter(
      (rule) =>
        rule.productGuid === input.product.guid &&
        rule.minimumQuantity > 1 &&
        validOn(rule, input.today) &&
        (rule.customerGuid === null || rule.customerGuid === input.customer.guid),
    )
    .map((rule) => rule.minimumQuantity);
  const steps: PriceStep[] = [];
  for (const minimumQuantity of [...new Set([1, ...minimums])].sort((a, b) => a - b)) {
    const { price } = resolvePrice({ ...input, quantity: minimumQuantity });
    if (price !== null) steps.push({ minimumQuantity, price });
  }
  return steps;
}

/** Each step whose unit price is above the lowest a smaller quantity pays, with that cheaper quantity. */
export function raisingBreaks(steps: readonly PriceStep[]): RaisingPriceBreak[] {
  const raising: RaisingPriceBreak[] = [];
  let cheapest: PriceStep | undefined;
  for (const step of steps) {
    if (cheapest && step.price > cheapest.price)
      raising.push({
        minimumQuantity: step.minimumQuantity,
        price: step.price,
        cheaperQuantity: cheapest.minimumQuantity,
        cheaperPrice: cheapest.price,
        message: `From ${units(step.minimumQuantity)} the unit price is ${money(step.price)}, more than the ${money(cheapest.price)} paid from ${units(cheapest.minimumQuantity)}.`,
      });
    if (!cheapest || step.price < cheapest.price) cheapest = step;
  }
  return raising;
}
