// Customer contacts: list, add, update and remove, their validation, the default (primary) contact, and the
// customer's LastModifiedOn moving with every contact change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

interface ContactRow {
  Guid: string;
  FirstName: string;
  LastName: string | null;
  EmailAddress: string | null;
  MobilePhone: string | null;
  IsDefault: boolean;
}

/** A new customer of the test's own, with the given contacts added in order; returns their GUIDs. */
async function customerWithContacts(...firstNames: string[]) {
  const code = `CON${crypto.randomUUID().slice(0, 6).toUpperCase()}`;
  const created = await mock.call('POST', '/Customers', {
    CustomerCode: code,
    CustomerName: `Contacts ${code}`,
  });
  expect(created.status).toBe(201);
  const guid: string = created.body.Guid;
  const contactGuids: string[] = [];
  for (const firstName of firstNames) {
    const added = await mock.call('POST', `/Customers/${guid}/Contacts`, {
      FirstName: firstName,
      LastName: 'Test',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    contactGuids.push(added.body.Guid);
  }
  return { code, guid, contactGuids };
}

async function contactsOf(customerGuid: string): Promise<ContactRow[]> {
  const { status, body } = await mock.call('GET', `/Customers/${customerGuid}/Contacts`);
  expect(status).toBe(200);
  expect(body.Pagination.NumberOfItems).toBe(body.Items.length);
  return body.Items;
}

const fieldsOf = (body: { Items: { Field: string; ErrorCode: string }[] }) =>
  body.Items.map((i) => [i.Field, i.ErrorCode]);

describe('listing, adding, updating and removing', () => {
  it("when a customer's contacts are listed, then they come in the paged envelope", async () => {
    const { wholesale } = DEFAULT_SEED_FACTS.customers;
    const [customer] = (await mock.call('GET', `/Customers?customerCode=${wholesale.code}`)).body.Items;
    const emails = (await contactsOf(customer.Guid)).map((contact) => contact.EmailAddress);
    const { dana, oliver, nina, shared } = DEFAULT_SEED_FACTS.contacts;
    expect(emails).toEqual([dana.email, oliver.email, nina.email, shared.email]);
  });

  it('when the first contact is added, then it is created (201) as the default and flattened onto the customer', async () => {
    const { guid } = await customerWithContacts();
    const { status, body } = await mock.call('POST', `/Customers/${guid}/Contacts`, {
      FirstName: 'Ada',
      LastName: 'Lovelace',
      EmailAddress: 'ada@engines.example',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ FirstName: 'Ada', EmailAddress: 'ada@engines.example', IsDefault: true });
    expect((await mock.call('GET', `/Customers/${guid}`)).body).toMatchObject({
      ContactFirstName: 'Ada',
      ContactLastName: 'Lovelace',
      Email: 'ada@engines.example',
    });
  });

  it('when a contact is updated, then the fields sent change and the others keep their value', async () => {
    const { guid, contactGuids } = await customerWithContacts('Grace');
    const { status, body } = await mock.call('PUT', `/Customers/${guid}/Contacts/${contactGuids[0]}`, {
      EmailAddress: 'grace@navy.example',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ FirstName: 'Grace', LastName: 'Test', EmailAddress: 'grace@navy.example' });
    expect((await contactsOf(guid))[0]).toMatchObject({
      FirstName: 'Grace',
      EmailAddress: 'grace@navy.example',
    });
  });

  it('when the default contact is removed (204), then the next contact becomes the default', async () => {
    const { guid, contactGuids } = await customerWithContacts('First', 'Second');
    const removed = await mock.call('DELETE', `/Customers/${guid}/Contacts/${contactGuids[0]}`);
    expect(removed.status).toBe(204);
    const left = await contactsOf(guid);
    expect(left.map((c) => [c.Guid, c.IsDefault])).toEqual([[contactGuids[1], true]]);
    expect((await mock.call('GET', `/Customers/${guid}`)).body.ContactFirstName).toBe('Second');
  });
});

describe('validation', () => {
  it('when FirstName is missing and the email is malformed, then both are named in one 400 and nothing is added', async () => {
    const { guid } = await customerWithContacts();
    const { status, body } = await mock.call('POST', `/Customers/${guid}/Contacts`, {
      EmailAddress: 'not-an-email',
    });
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual([
      ['FirstName', 'Required'],
      ['EmailAddress', 'Invalid'],
    ]);
    expect(await contactsOf(guid)).toEqual([]);
  });

  it('when another contact of the customer has the same name, then the answer is a 400 naming FirstName', async () => {
    const { guid } = await customerWithContacts('Linus');
    const { status, body } = await mock.call('POST', `/Customers/${guid}/Contacts`, {
      FirstName: 'LINUS',
      LastName: 'test',
    });
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual([['FirstName', 'Duplicate']]);
  });

  it('when the customer does not exist, then adding, updating and removing answer 404 with a Description', async () => {
    const nowhere = `/Customers/${crypto.randomUUID()}/Contacts`;
    const answers = [
      await mock.call('GET', nowhere),
      await mock.call('POST', nowhere, { FirstName: 'Nobody' }),
      await mock.call('PUT', `${nowhere}/${crypto.randomUUID()}`, { FirstName: 'Nobody' }),
      await mock.call('DELETE', `${nowhere}/${crypto.randomUUID()}`),
    ];
    for (const { status, body } of answers) {
      expect(status).toBe(404);
      expect(body).toEqual({ Description: expect.any(String) });
    }
  });

  it('when the contact does not exist on that customer, then updating it answers 404', async () => {
    const { guid } = await customerWithContacts('Only');
    expect(
      (await mock.call('PUT', `/Customers/${guid}/Contacts/${crypto.randomUUID()}`, { FirstName: 'X' }))
        .status,
    ).toBe(404);
  });
});

describe('the default contact', () => {
  it('when another contact is made the default, then it alone is the default and the customer shows it', async () => {
    const { guid, contactGuids } = await customerWithContacts('Alpha', 'Beta');
    const { status } = await mock.call('PUT', `/Customers/${guid}/Contacts/${contactGuids[1]}`, {
      IsDefault: true,
    });
    expect(status).toBe(200);
    expect((await contactsOf(guid)).map((c) => [c.FirstName, c.IsDefault])).toEqual([
      ['Alpha', false],
      ['Beta', true],
    ]);
    expect((await mock.call('GET', `/Customers/${guid}`)).body.ContactFirstName).toBe('Beta');
  });

  it('when the default contact is told it is no longer the default, then the answer is a 400 naming IsDefault', async () => {
    const { guid, contactGuids } = await customerWithContacts('Solo', 'Other');
    const { status, body } = await mock.call('PUT', `/Customers/${guid}/Contacts/${contactGuids[0]}`, {
      IsDefault: false,
    });
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual([['IsDefault', 'NotAllowed']]);
  });
});

describe("the customer's LastModifiedOn", () => {
  it('when a contact changes, then GET /Customers?modifiedSince=<just before> finds the customer with its contacts', async () => {
    const seeded = (
      await mock.call('GET', '/Customers?customerCode=CUST&includeAllContacts=true&pageSize=50')
    ).body.Items;
    const target = seeded.find((c: { Contacts: ContactRow[] }) => c.Contacts.length > 0);
    const contact: ContactRow = target.Contacts[0];
    const since: string = (await mock.control('GET', '/__control/clock')).body.now;
    const changedSince = `/Customers?modifiedSince=${since}&includeAllContacts=true`;
    const codes = async () =>
      (await mock.call('GET', changedSince)).body.Items.map((c: { CustomerCode: string }) => c.CustomerCode);
    expect(await codes()).not.toContain(target.CustomerCode);

    await mock.call('PUT', `/Customers/${target.Guid}/Contacts/${contact.Guid}`, {
      MobilePhone: '021 000 0000',
    });

    const found = (await mock.call('GET', changedSince)).body.Items;
    const changed = found.find((c: { Guid: string }) => c.Guid === target.Guid);
    expect(changed?.Contacts).toContainEqual(
      expect.objectContaining({ Guid: contact.Guid, MobilePhone: '021 000 0000' }),
    );
  });

  it('when a contact is removed, then modifiedSince finds its customer too', async () => {
    const { third } = DEFAULT_SEED_FACTS.customers;
    const [customer] = (await mock.call('GET', `/Customers?customerCode=${third.code}`)).body.Items;
    const [, second] = await contactsOf(customer.Guid);
    const since: string = (await mock.control('GET', '/__control/clock')).body.now;
    const changedSince = `/Customers?modifiedSince=${since}&customerCode=${third.code}`;
    expect((await mock.call('GET', changedSince)).body.Items).toEqual([]);

    expect((await mock.call('DELETE', `/Customers/${customer.Guid}/Contacts/${second?.Guid}`)).status).toBe(
      204,
    );

    const found = (await mock.call('GET', changedSince)).body.Items;
    expect(found.map((c: { CustomerCode: string }) => c.CustomerCode)).toEqual([third.code]);
  });
});
