// The store's own name and description of one product (R3), edited in place on the products page: buyers see
// them instead of Unleashed's description, and no sync changes them. Clear (or saving both blank) goes back to
// Unleashed's. A refusal is shown as a sentence.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem, StoreProduct } from '../../api/types.ts';
import { Field, ProblemNote } from '../../ui/components.tsx';
import { TextField } from '../../ui/text-field.tsx';

type Override = { name: string | null; description: string | null };

export function ProductOverrideForm(props: {
  product: StoreProduct;
  storeId: string;
  onSaved: (product: StoreProduct) => void;
  onCancel: () => void;
}) {
  const { product, storeId } = props;
  const [name, setName] = useState(product.override?.name ?? '');
  const [description, setDescription] = useState(product.override?.description ?? '');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const id = `override-${product.guid}`;

  const save = async (body: Override) => {
    setSaving(true);
    setProblem(undefined);
    const { data, error } = await api.PUT('/admin/stores/{storeId}/products/{productGuid}/override', {
      params: { path: { storeId, productGuid: product.guid } },
      body,
    });
    setSaving(false);
    if (data) props.onSaved(data);
    else setProblem(error);
  };

  return (
    <form
      class="stack"
      aria-label={`Store name and description of ${product.code}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save({ name: name || null, description: description || null });
      }}
    >
      <TextField
        id={`${id}-name`}
        label="Name in the store"
        hint={`Buyers see it instead of Unleashed's "${product.description}". Blank: Unleashed's.`}
        value={name}
        maxLength={500}
        onValue={(value) => setName(value)}
      />
      <Field id={`${id}-description`} label="Description in the store" hint="Shown on the product page.">
        {(control) => (
          <textarea
            {...control}
            value={description}
            maxLength={4000}
            rows={3}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        )}
      </Field>
      {problem && <ProblemNote problem={problem} />}
      <div class="actions">
        <button type="submit" class="button" disabled={saving}>
          Save
        </button>
        {product.override && (
          <button
            type="button"
            class="button secondary"
            disabled={saving}
            onClick={() => void save({ name: null, description: null })}
          >
            Clear
          </button>
        )}
        <button type="button" class="button secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
