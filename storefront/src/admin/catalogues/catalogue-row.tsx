// One custom catalogue in the list (R17): its name, how many products and customers it has, and Open, Rename
// (in place; a taken name is said at the field) and Delete (asks first). The Base catalogue has no actions.
import { api } from '../../api/client.ts';
import type { Catalogue } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';
import {
  DeleteOrKeep,
  type NamedRowProps,
  RenameDeleteButtons,
  RenameForm,
  useRenameDelete,
} from '../../ui/rename-delete.tsx';

export function CatalogueRow(props: NamedRowProps<Catalogue> & { catalogue: Catalogue }) {
  const { catalogue, storeId, open, onOpen } = props;
  const path = { storeId, catalogueId: catalogue.id };
  const edit = useRenameDelete({
    ...props,
    name: catalogue.name,
    rename: (name) =>
      api.PATCH('/admin/stores/{storeId}/catalogues/{catalogueId}', { params: { path }, body: { name } }),
    remove: () => api.DELETE('/admin/stores/{storeId}/catalogues/{catalogueId}', { params: { path } }),
  });

  if (catalogue.base) {
    return (
      <tr>
        <th scope="row">Base</th>
        <td colSpan={2}>Every product, with its status on the Products page; every customer</td>
        <td>
          <a href="#/admin/products">Products page</a>
        </td>
      </tr>
    );
  }
  return (
    <tr aria-selected={open}>
      <th scope="row">
        {edit.mode === 'rename' ? (
          <RenameForm edit={edit} current={catalogue.name} errorId={`catalogue-${catalogue.id}-error`} />
        ) : (
          catalogue.name
        )}
      </th>
      <td class="num">{catalogue.products.length}</td>
      <td class="num">{catalogue.customerGuids.length}</td>
      <td>
        {edit.mode === 'confirm-delete' ? (
          <fieldset class="row-actions" aria-label={`Delete ${catalogue.name}?`}>
            <span>
              Delete {catalogue.name}? Its customers keep what Base and their other catalogues give.
            </span>
            <DeleteOrKeep edit={edit} />
          </fieldset>
        ) : (
          <div class="row-actions">
            <button type="button" class="button secondary small" aria-pressed={open} onClick={onOpen}>
              Open<span class="visually-hidden"> {catalogue.name}</span>
            </button>
            <RenameDeleteButtons edit={edit} current={catalogue.name} />
          </div>
        )}
        {edit.problem && edit.mode !== 'rename' && <ProblemNote problem={edit.problem} />}
      </td>
    </tr>
  );
}
