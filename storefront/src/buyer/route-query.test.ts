import { describe, expect, it } from 'vitest';
import { routeWith, splitRoute } from './route-query.ts';

describe('list state in the route', () => {
  it('when a route has a query, then it splits into path and params', () => {
    const { path, query } = splitRoute('/catalogue?search=tea%20cup&page=2');
    expect(path).toBe('/catalogue');
    expect(query.get('search')).toBe('tea cup');
    expect(query.get('page')).toBe('2');
    expect(splitRoute('/orders').path).toBe('/orders');
  });

  it('when params are empty or undefined, then they are left out of the route', () => {
    expect(routeWith('/catalogue', { search: 'a&b', category: '', page: undefined, view: 'list' })).toBe(
      '/catalogue?search=a%26b&view=list',
    );
    expect(routeWith('/catalogue', { search: '' })).toBe('/catalogue');
  });
});
