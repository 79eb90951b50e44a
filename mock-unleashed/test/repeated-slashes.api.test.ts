// A widely used open-source Unleashed integration builds URLs as `base + '/' + '/' + resource`, so its requests
// arrive as `///SalesOrders/1?pageSize=1000`; real Unleashed answers them like `/SalesOrders/1`, and so must
// the mock (the signature still covers the query only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

describe('paths with repeated slashes', () => {
  it('when a page is asked as ///SalesOrders/1?pageSize=1000, then it is the same page as /SalesOrders/1', async () => {
    const plain = await mock.call('GET', '/SalesOrders/1?pageSize=1000');
    const slashed = await mock.call('GET', '///SalesOrders/1?pageSize=1000');
    expect(slashed.status).toBe(200);
    expect(slashed.body).toEqual(plain.body);
  });

  it('when one record is read as //Customers//{guid}, then that customer comes back', async () => {
    const first = (await mock.call('GET', '/Customers?pageSize=1')).body.Items[0];
    const slashed = await mock.call('GET', `//Customers//${first.Guid}`);
    expect(slashed.status).toBe(200);
    expect(slashed.body.CustomerCode).toBe(first.CustomerCode);
  });

  it('when the query itself holds //, then it is left as sent and the signature over it still passes', async () => {
    const response = await mock.call('GET', '///Products?productCode=//nothing&pageSize=5');
    expect(response.status).toBe(200);
    expect(response.body.Items).toEqual([]);
  });

  it('when the repeated-slash request is signed wrongly, then it is still refused with 403', async () => {
    const response = await fetch(`${mock.url}///SalesOrders/1?pageSize=1000`, {
      headers: { ...mock.signed('/SalesOrders/1?pageSize=999'), Accept: 'application/json' },
    });
    expect(response.status).toBe(403);
  });
});
