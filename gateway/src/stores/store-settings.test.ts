import { describe, expect, it } from 'vitest';
import { pickStoreSettings, type StoreSettings } from './store-settings.ts';

describe('the settings a store change may write', () => {
  it('when a body carries id, createdAt, the Unleashed connection or an unknown field beside a setting, then only the setting is kept', () => {
    const body = {
      name: 'Renamed',
      syncIntervalMinutes: 30,
      id: 'another-store',
      createdAt: '1999-01-01T00:00:00.000Z',
      unleashed: { apiId: 'evil', baseUrl: 'https://evil.example' },
      junk: { deep: true },
    } as StoreSettings;
    expect(pickStoreSettings(body)).toEqual({ name: 'Renamed', syncIntervalMinutes: 30 });
  });
});
