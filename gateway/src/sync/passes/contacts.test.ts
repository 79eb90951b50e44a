// R9 and R10 in the customers pass: which contacts are synced, what losing the Ordering flag, disappearing or a new
// email does to a contact and its logins, and the contacts reported because they cannot be invited.
import { describe, expect, it } from 'vitest';
import { ContactBook } from './contacts.ts';
import { contact, customer, customerWorld } from './customer-pass.fakes.ts';
import { NOW } from './pass.fakes.ts';

async function reconcile(world: ReturnType<typeof customerWorld>, ...incoming: ReturnType<typeof contact>[]) {
  const book = await ContactBook.load(world.ctx);
  await book.reconcile(customer('c1'), incoming);
  await book.flush();
  return book;
}
const reports = (world: ReturnType<typeof customerWorld>) =>
  world.ctx.result.skipped.map((s) => [s.key, s.reason, s.detail]);

describe('contacts in the customers pass (R9, R10)', () => {
  it('when a customer arrives, then its default contact and its ordering contacts are synced, a non-ordering one is left out', async () => {
    const world = customerWorld();
    await reconcile(
      world,
      contact('k1', 'c1', { isDefault: true, forOrdering: false }),
      contact('k2', 'c1'),
      contact('k3', 'c1', { forOrdering: false }),
    );
    expect([...world.contacts.keys()]).toEqual(['k1', 'k2']);
    expect(world.ctx.result).toMatchObject({ added: 2, skipped: [] });
  });

  it('when a synced contact loses the Ordering flag, then it is kept as not ordering, loses its logins and is reported once', async () => {
    const world = customerWorld();
    world.contacts.set('k2', contact('k2', 'c1', { firstName: 'Ann', lastName: 'Lee' }));
    await reconcile(world, contact('k2', 'c1', { forOrdering: false, firstName: 'Ann', lastName: 'Lee' }));
    expect(world.contacts.get('k2')?.syncState).toBe('not-ordering');
    expect(world.revoked).toEqual(['k2']);
    expect(reports(world)).toEqual([
      [
        'k2@buyer.example',
        'not-ordering',
        'Ann Lee of C1 lost the Ordering flag in Unleashed: kept as not ordering, logins revoked.',
      ],
    ]);
    await reconcile(world, contact('k2', 'c1', { forOrdering: false, firstName: 'Ann', lastName: 'Lee' }));
    expect([world.revoked.length, world.ctx.result.skipped.length, world.ctx.result.changed]).toEqual([
      1, 1, 1,
    ]);
  });

  it('when a contact disappears from Unleashed, then it is kept as removed, loses its logins and counts as removed once', async () => {
    const world = customerWorld();
    world.contacts.set('k2', contact('k2', 'c1', { syncedAt: 'earlier' }));
    world.contacts.set('k3', contact('k3', 'c1', { syncState: 'not-ordering' }));
    await reconcile(world);
    expect(world.contacts.get('k2')).toMatchObject({ syncState: 'removed', syncedAt: NOW });
    expect(world.contacts.get('k3')?.syncState).toBe('removed');
    expect(world.revoked).toEqual(['k2']);
    await reconcile(world);
    expect(world.ctx.result.removed).toBe(2);
  });

  it("when a synced contact's email changes, then its logins are revoked (a login belongs to an email); the same email keeps them", async () => {
    const world = customerWorld();
    world.contacts.set('k2', contact('k2', 'c1'));
    await reconcile(world, contact('k2', 'c1', { lastName: 'Renamed' }));
    expect(world.revoked).toEqual([]);
    await reconcile(world, contact('k2', 'c1', { email: 'new@buyer.example' }));
    expect(world.revoked).toEqual(['k2']);
    expect(world.contacts.get('k2')?.email).toBe('new@buyer.example');
  });

  it('when a contact has no email, then it is reported as one that cannot be invited, by name or else by guid', async () => {
    const world = customerWorld();
    await reconcile(
      world,
      contact('k1', 'c1', { email: null, firstName: 'Ann', lastName: null }),
      contact('k2', 'c1', { email: null, firstName: null, lastName: null }),
    );
    expect(reports(world)).toEqual([
      ['C1', 'missing-email', 'Ann of C1 has no valid email address, so cannot be invited.'],
      ['C1', 'missing-email', 'k2 of C1 has no valid email address, so cannot be invited.'],
    ]);
  });

  it("when a contact's email is held by another customer's synced contact, then it is reported naming the holder's customer (R10); once the holder lets go, it is free", async () => {
    const world = customerWorld();
    world.customers.set('c2', customer('c2', { code: 'OTHER' }));
    world.contacts.set(
      'h1',
      contact('h1', 'c2', { email: 'shared@buyer.example', firstName: 'Hal', lastName: null }),
    );
    world.contacts.set(
      'h2',
      contact('h2', 'c3', { email: 'shared@buyer.example', syncState: 'not-ordering' }),
    );
    await reconcile(
      world,
      contact('k1', 'c1', { email: 'shared@buyer.example', firstName: 'Kim', lastName: null }),
    );
    expect(reports(world)).toEqual([
      [
        'shared@buyer.example',
        'duplicate-email',
        'Kim of C1 shares this email with Hal of OTHER; only one of them can be invited (R10).',
      ],
    ]);
    const book = await ContactBook.load(world.ctx);
    book.forget('c2');
    await book.reconcile(customer('c5'), [contact('k5', 'c5', { email: 'shared@buyer.example' })]);
    expect(world.ctx.result.skipped).toHaveLength(1);
  });

  it('when only a contact that no longer orders holds the email, then another contact may take it', async () => {
    const world = customerWorld();
    world.contacts.set(
      'h2',
      contact('h2', 'c3', { email: 'shared@buyer.example', syncState: 'not-ordering' }),
    );
    world.contacts.set('h3', contact('h3', 'c3', { email: null }));
    await reconcile(world, contact('k1', 'c1', { email: 'shared@buyer.example' }));
    expect(world.ctx.result.skipped).toEqual([]);
  });

  it("when a synced contact's email changes, then its old email is free for another contact in the same pass", async () => {
    const world = customerWorld();
    world.contacts.set('k2', contact('k2', 'c1', { email: 'old@buyer.example' }));
    const book = await ContactBook.load(world.ctx);
    await book.reconcile(customer('c1'), [contact('k2', 'c1', { email: 'new@buyer.example' })]);
    await book.reconcile(customer('c2'), [contact('k9', 'c2', { email: 'old@buyer.example' })]);
    expect(world.ctx.result.skipped).toEqual([]);
  });

  it("when the holder's customer is unknown or reconciled in the same pass, then the report names its guid or its code", async () => {
    const world = customerWorld();
    world.contacts.set(
      'h1',
      contact('h1', 'c7', { email: 'shared@buyer.example', firstName: 'Hal', lastName: null }),
    );
    const book = await ContactBook.load(world.ctx);
    await book.reconcile(customer('c1'), [
      contact('k1', 'c1', { email: 'shared@buyer.example', firstName: 'Kim' }),
    ]);
    await book.reconcile(customer('c7', { code: 'SEVEN' }), [
      contact('h1', 'c7', { email: 'shared@buyer.example' }),
    ]);
    await book.reconcile(customer('c8'), [
      contact('k8', 'c8', { email: 'shared@buyer.example', firstName: 'Kit' }),
    ]);
    expect(world.ctx.result.skipped.map((s) => s.detail)).toEqual([
      'Kim Tester of C1 shares this email with Hal of c7; only one of them can be invited (R10).',
      'Kit Tester of C8 shares this email with Hal of SEVEN; only one of them can be invited (R10).',
    ]);
  });
});
