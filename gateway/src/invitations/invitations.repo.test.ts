// The invitations repository on PostgreSQL and PGlite: a link is used once even by two requests at the same
// moment, a contact's latest invitation is the last one made, and sign-in finds the login by email.
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createInvitationsRepo } from './invitations.repo.ts';
import type { BuyerLogin, Invitation } from './invitations.types.ts';

const invitation = (id: string, contactGuid: string, overrides: Partial<Invitation> = {}): Invitation => ({
  id,
  storeId: 's1',
  contactGuid,
  customerGuid: 'cust-1',
  email: `${contactGuid}@cust.example`,
  tokenHash: `hash-${id}`,
  status: 'pending',
  createdAt: '2026-11-01T09:00:00.000Z',
  expiresAt: '2026-11-08T09:00:00.000Z',
  closedAt: null,
  invitedBy: 'admin-1',
  ...overrides,
});

const login = (contactGuid: string, overrides: Partial<BuyerLogin> = {}): BuyerLogin => ({
  id: `s1:${contactGuid}`,
  storeId: 's1',
  contactGuid,
  customerGuid: 'cust-1',
  email: `${contactGuid}@cust.example`,
  passwordHash: 'scrypt$x',
  createdAt: '2026-11-01T09:00:00.000Z',
  deactivatedAt: null,
  ...overrides,
});

describe('the invitations repository', () => {
  onEachDatabase((db) => {
    it('when two requests accept the same link at once, then exactly one moves it and the other gets nothing', async () => {
      const repo = createInvitationsRepo(db());
      await repo.save(invitation('race-1', 'ann'));
      const closedAt = '2026-11-02T09:00:00.000Z';
      const results = await Promise.all([
        repo.transition('race-1', ['pending'], { status: 'accepted', closedAt }),
        repo.transition('race-1', ['pending'], { status: 'declined', closedAt }),
      ]);
      const moved = results.filter((r) => r !== undefined);
      expect(moved).toHaveLength(1);
      expect(await repo.findByTokenHash('hash-race-1')).toStrictEqual(moved[0]);
      expect(await repo.transition('race-1', ['pending', 'expired'], { status: 'cancelled', closedAt })).toBe(
        undefined,
      );
    });

    it('when a contact is invited again, then the later invitation is its latest, even after the first one changes', async () => {
      const repo = createInvitationsRepo(db());
      await repo.save(invitation('first', 'bob', { createdAt: '2026-11-03T09:00:00.000Z' }));
      await repo.save(invitation('second', 'bob', { createdAt: '2026-11-03T09:00:00.000Z' }));
      await repo.save(invitation('other', 'cy'));
      await repo.transition('first', ['pending'], {
        status: 'superseded',
        closedAt: '2026-11-03T09:00:00.000Z',
      });
      expect((await repo.listForContact('s1', 'bob')).map((i) => i.id)).toEqual(['first', 'second']);
      const latest = await repo.latestForContacts('s1', ['bob', 'cy', 'nobody']);
      expect(latest.map((i) => i.id).sort()).toEqual(['other', 'second']);
      expect(await repo.latestForContacts('s1', [])).toEqual([]);
    });

    it('when a buyer signs in, then its login is found by email in any case, but not once deactivated or in another store', async () => {
      const repo = createInvitationsRepo(db());
      await repo.saveLogin(login('dee'));
      await repo.saveLogin(login('eve', { deactivatedAt: '2026-11-02T09:00:00.000Z' }));
      expect((await repo.findActiveLogin('s1', 'DEE@cust.example'))?.contactGuid).toBe('dee');
      expect(await repo.findActiveLogin('s1', 'eve@cust.example')).toBeUndefined();
      expect(await repo.findActiveLogin('s2', 'dee@cust.example')).toBeUndefined();
      await repo.saveLogin(login('eve'));
      expect(await repo.getLogin('s1:eve')).toStrictEqual(login('eve'));
      expect((await repo.loginsForContacts('s1', ['dee', 'eve'])).map((l) => l.id).sort()).toEqual([
        's1:dee',
        's1:eve',
      ]);
    });
  });
});
