import { describe, expect, it } from 'vitest';
import { publicOperations } from './authenticate-first.ts';

const spec = {
  security: [{ bearer: [] }],
  paths: {
    '/admin/login': { post: { security: [] } },
    '/admin/me': { get: {} },
    '/webhooks/unleashed/{storeId}': { post: { security: [] } },
    '/store/cart': { get: {}, delete: { security: [{ bearer: [] }] } },
  },
};

describe('which requests skip the session guard', () => {
  it('when an operation has `security: []`, then only its method on its path (any case, any path id) is public', () => {
    const isPublic = publicOperations(spec);
    expect(isPublic('POST', '/admin/login')).toBe(true);
    expect(isPublic('POST', '/ADMIN/Login')).toBe(true);
    expect(isPublic('POST', '/webhooks/unleashed/store-1')).toBe(true);
    expect(isPublic('GET', '/admin/login')).toBe(false);
    expect(isPublic('POST', '/admin/login/extra')).toBe(false);
    expect(isPublic('POST', '/webhooks/unleashed/a/b')).toBe(false);
  });

  it('when an operation names no security of its own, then the document-wide security guards it', () => {
    const isPublic = publicOperations(spec);
    expect(isPublic('GET', '/admin/me')).toBe(false);
    expect(isPublic('GET', '/store/cart')).toBe(false);
    expect(isPublic('DELETE', '/store/cart')).toBe(false);
  });
});
