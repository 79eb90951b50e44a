// A store's list of things the admin names (custom catalogues, store categories): the list, which one is open,
// creating one (then opening it), and keeping the list right after a rename or a delete.
import { useState } from 'preact/hooks';
import type { Problem } from '../api/types.ts';
import { updateItems, useLoad } from './use-load.ts';

type Answer<T> = Promise<{ data?: T; error?: Problem }>;

/**
 * `load` and `post` are the list's GET and create calls. `create` is CreateByName's `onCreate`: it opens what it
 * made and reloads. `replace` puts a changed one in its place; `rowProps(id)` is what the list gives each row
 * (NamedRowProps): whether it is open, Open toggling it, and the list kept right after a rename or a delete.
 */
export function useNamedList<L extends { items: { id: string }[] }>(
  load: () => Answer<L>,
  post: (name: string) => Answer<{ id: string }>,
  deps: readonly unknown[],
) {
  const list = useLoad(load, deps);
  const [openId, setOpenId] = useState<string>();
  const items: L['items'] = list.data?.items ?? [];
  const create = async (name: string) => {
    const { data, error } = await post(name);
    if (error) return error;
    setOpenId(data?.id);
    list.reload();
  };
  const toggle = (id: string) => setOpenId(id === openId ? undefined : id);
  const replace = (renamed: L['items'][number]) => {
    updateItems(list, (t) => (t.id === renamed.id ? renamed : t));
  };
  const deleted = (id: string) => {
    if (id === openId) setOpenId(undefined);
    list.reload();
  };
  const rowProps = (id: string) => ({
    open: id === openId,
    onOpen: () => toggle(id),
    onRenamed: replace,
    onDeleted: () => deleted(id),
  });
  return { list, items, openId, create, replace, rowProps };
}
