import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER_STATUSES, mergeOrderStatuses, orderSettings, statusLabel } from './order-settings.ts';

describe('order settings (R18, R18a)', () => {
  it('when a store has none stored, then the R18a labels, the default switches and both order-request emails apply', () => {
    expect(orderSettings({})).toEqual({
      orderStatuses: DEFAULT_ORDER_STATUSES,
      orderRequestEmailToBuyer: true,
      orderRequestEmailToAdmin: true,
    });
    expect(statusLabel({}, 'coming-soon')).toBe('Coming Soon');
  });

  it('when the admin changes a label, then the switch is kept, and a later switch change keeps the label', () => {
    const first = mergeOrderStatuses(undefined, { complete: { label: 'Delivered' } });
    const second = mergeOrderStatuses(first, {
      complete: { notifyBuyer: false },
      rejected: { label: 'Declined' },
    });
    const settings = orderSettings({ orderStatuses: second });
    expect(settings.orderStatuses.complete).toEqual({ label: 'Delivered', notifyBuyer: false });
    expect(settings.orderStatuses.rejected).toEqual({ label: 'Declined', notifyBuyer: true });
    expect(settings.orderStatuses.confirmed).toEqual(DEFAULT_ORDER_STATUSES.confirmed);
  });
});
