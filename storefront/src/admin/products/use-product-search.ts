// The store's products matching what the admin types in a picker (a catalogue's or a category's products):
// the first 25, asked for once typing pauses.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { useDebounced } from '../../ui/use-debounced.ts';
import { useLoad } from '../../ui/use-load.ts';

/** `search` as typed, `setSearch` for the field, and the matching products (all, when nothing is typed). */
export function useProductSearch(storeId: string) {
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 250);
  const products = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/products', {
        params: { path: { storeId }, query: { ...(query ? { search: query } : {}), pageSize: 25 } },
      }),
    [storeId, query],
  );
  return { search, setSearch, products };
}
