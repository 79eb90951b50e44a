// Reading customers: every filter of S-CUST, the flattened primary contact, includeAllContacts, and
// obsoleting a customer with POST /Customers/{guid}.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWireDate } from '../src/dates.ts';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { CURRENCY_IDS } from '../src/seed/lookups.ts';
import { type RunningMock, startMock } from './harness.ts';
import { line, lookUpSeed, orderBody } from './sales-order-fixtures.ts';

const { wholesale, cafe, third, obsolete } = DEFAULT_SEED_FACTS.customers;
const { dana, oliver, nina, shared, tess } = DEFAULT_SEED_FACTS.contacts;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

interface CustomerRow {
  Guid: string;
  CustomerCode: string;
  [field: string]: unknown;
}

async function customers(query: string): Promise<CustomerRow[]> {
  const { status, body } = await mock.call('GET', `/Customers?pageSize=1000&${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.Items;
}

async function customer(code: string, query = ''): Promise<CustomerRow> {
  const found = (await customers(`customerCode=${code}&includeObsolete=true&${query}`)).find(
    (c) => c.CustomerCode === code,
  );
  if (!found) throw new Error(`no customer ${code}`);
  return found;
}

const codesOf = (rows: CustomerRow[]) => rows.map((row) => row.CustomerCode);
const demoCodes = [wholesale.code, cafe.code, third.code];

describe('text filters', () => {
  it('when customerCode is given, then codes starting with it come back, in any case', async () => {
    expect(codesOf(await customers('customerCode=demo00'))).toEqual(demoCodes);
    expect(await customers('customerCode=EMO00')).toEqual([]);
  });

  it('when customerName is given, then names starting with it come back', async () => {
    expect(codesOf(await customers('customerName=second%20street'))).toEqual([cafe.code]);
    expect(codesOf(await customers('customerName=Street'))).not.toContain(cafe.code);
  });

  it('when customer is given, then code or name containing it come back, case-sensitively', async () => {
    expect(codesOf(await customers('customer=EMO00'))).toEqual(demoCodes);
    expect(codesOf(await customers('customer=Street%20Cafe'))).toContain(cafe.code);
    expect(codesOf(await customers('customer=street%20cafe'))).not.toContain(cafe.code);
  });

  it('when customerType is given, then only customers of exactly that type come back', async () => {
    const hospitality = await customers('customerType=Hospitality');
    expect(codesOf(hospitality)).toContain(cafe.code);
    for (const row of hospitality) expect(row.CustomerType).toBe('Hospitality');
    expect(await customers('customerType=Hosp')).toEqual([]);
  });

  it('when currency is given, then only customers in that currency come back', async () => {
    const aud = await customers('currency=AUD');
    expect(aud.length).toBeGreaterThan(0);
    for (const row of aud) expect((row.Currency as { CurrencyCode: string }).CurrencyCode).toBe('AUD');
    expect(codesOf(await customers('currency=NZD'))).toContain(wholesale.code);
  });

  it("when contactEmail is given, then customers with any contact's email starting with it come back", async () => {
    expect(codesOf(await customers('contactEmail=shared@demo-wholesale'))).toEqual([
      wholesale.code,
      third.code,
    ]);
    expect(codesOf(await customers(`contactEmail=${tess.email.slice(0, 5).toUpperCase()}`))).toEqual([
      third.code,
    ]);
    expect(await customers('contactEmail=demo-wholesale.example')).toEqual([]);
  });
});

describe('obsolete customers and modifiedSince', () => {
  it('when includeObsolete is not set, then obsolete customers are left out; with it, they come back', async () => {
    expect(codesOf(await customers('customerCode=DEMO'))).not.toContain(obsolete.code);
    expect(codesOf(await customers('customerCode=DEMO&includeObsolete=true'))).toContain(obsolete.code);
  });

  it('when modifiedSince is given, then customers modified at or after it come back and earlier ones do not', async () => {
    const modified = fromWireDate((await customer(wholesale.code)).LastModifiedOn as string) as number;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
    expect(codesOf(await customers(`modifiedSince=${iso(modified)}`))).toContain(wholesale.code);
    expect(codesOf(await customers(`modifiedSince=${iso(modified + 1000)}`))).not.toContain(wholesale.code);
  });

  it('when a customer is posted with Obsolete true, then lists leave it out unless includeObsolete is set', async () => {
    const code = `OBS${crypto.randomUUID().slice(0, 6).toUpperCase()}`;
    const created = await mock.call('POST', '/Customers', {
      CustomerCode: code,
      CustomerName: `Closing ${code}`,
    });
    expect(created.status).toBe(201);

    const { status, body } = await mock.call('POST', `/Customers/${created.body.Guid}`, { Obsolete: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({ CustomerCode: code, Obsolete: true });
    expect(await customers(`customerCode=${code}`)).toEqual([]);
    expect(codesOf(await customers(`customerCode=${code}&includeObsolete=true`))).toEqual([code]);
  });

  it("when a customer is created, then orders name its currency by Unleashed's id for it, as for a seeded one", async () => {
    const code = `CUR${Date.now().toString(36).toUpperCase()}`;
    const created = await mock.call('POST', '/Customers', {
      CustomerCode: code,
      CustomerName: `Currency ${code}`,
    });
    expect(created.status).toBe(201);
    const seed = await lookUpSeed(mock);
    const order = await mock.call(
      'POST',
      `/SalesOrders/${crypto.randomUUID()}`,
      orderBody(created.body.Guid, [line(seed.plenty, 1, 20)]),
    );
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(order.body.Customer.CurrencyId).toBe(CURRENCY_IDS[created.body.Currency.CurrencyCode]);
  });

  it('when a new customer takes a code already in use, then the answer is a 400 naming CustomerCode', async () => {
    const { status, body } = await mock.call('POST', '/Customers', {
      CustomerCode: wholesale.code,
      CustomerName: 'Copy Cat',
    });
    expect(status).toBe(400);
    expect(body.Items).toEqual([
      { Field: 'CustomerCode', Description: expect.any(String), ErrorCode: 'Duplicate' },
    ]);
  });
});

describe('contacts on the customer', () => {
  it('when a customer has a default contact, then its name, email and phones are flattened onto the customer', async () => {
    const row = await customer(wholesale.code, 'includeAllContacts=true');
    const contacts = row.Contacts as { EmailAddress: string; OfficePhone: string; MobilePhone: string }[];
    const primary = contacts.find((contact) => contact.EmailAddress === dana.email);
    expect(row).toMatchObject({
      ContactFirstName: dana.firstName,
      ContactLastName: dana.lastName,
      Email: dana.email,
      PhoneNumber: primary?.OfficePhone,
      MobileNumber: primary?.MobilePhone,
    });
  });

  it('when a customer has no contacts, then the flattened contact fields are null', async () => {
    expect(await customer(cafe.code)).toMatchObject({
      ContactFirstName: null,
      ContactLastName: null,
      Email: null,
    });
  });

  it('when includeAllContacts is true, then each customer carries all its contacts; otherwise none', async () => {
    const withContacts = await customer(wholesale.code, 'includeAllContacts=true');
    const names = (withContacts.Contacts as { FirstName: string; LastName: string }[]).map(
      (c) => `${c.FirstName} ${c.LastName}`,
    );
    expect(names).toEqual([dana, oliver, nina, shared].map((c) => `${c.firstName} ${c.lastName}`));
    expect((await customer(cafe.code, 'includeAllContacts=true')).Contacts).toEqual([]);
    expect(await customer(wholesale.code)).not.toHaveProperty('Contacts');
  });
});
