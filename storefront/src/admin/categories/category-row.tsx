// One store category: its name and product count, with Products (open), Rename (in place; a taken name is said
// at the field) and Delete (asks first; its products keep their product group).
import { api } from '../../api/client.ts';
import type { Category } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';
import {
  DeleteOrKeep,
  type NamedRowProps,
  RenameDeleteButtons,
  RenameForm,
  useRenameDelete,
} from '../../ui/rename-delete.tsx';

export function CategoryRow(props: NamedRowProps<Category> & { category: Category }) {
  const { category, storeId, open, onOpen } = props;
  const path = { storeId, categoryId: category.id };
  const edit = useRenameDelete({
    ...props,
    name: category.name,
    rename: (name) =>
      api.PATCH('/admin/stores/{storeId}/categories/{categoryId}', { params: { path }, body: { name } }),
    remove: () => api.DELETE('/admin/stores/{storeId}/categories/{categoryId}', { params: { path } }),
  });

  if (edit.mode === 'rename') {
    return (
      <li aria-label={category.name}>
        <RenameForm edit={edit} current={category.name} errorId={`category-${category.id}-error`} />
      </li>
    );
  }
  return (
    <li aria-label={category.name}>
      <span>
        {category.name} <span class="muted">({category.productGuids.length} products)</span>
      </span>
      {edit.mode === 'confirm-delete' ? (
        <span class="row-actions">
          Delete {category.name}?
          <DeleteOrKeep edit={edit} />
        </span>
      ) : (
        <span class="row-actions">
          <button type="button" class="button secondary small" aria-pressed={open} onClick={onOpen}>
            Products<span class="visually-hidden"> of {category.name}</span>
          </button>
          <RenameDeleteButtons edit={edit} current={category.name} />
        </span>
      )}
      {edit.problem && <ProblemNote problem={edit.problem} />}
    </li>
  );
}
