// The "Find products" box of a product picker (a catalogue's or a category's products), bound to the text
// useProductSearch keeps.
import { SearchField } from '../../ui/search-field.tsx';
import type { useProductSearch } from './use-product-search.ts';

export function ProductSearchField(props: { id: string; picker: ReturnType<typeof useProductSearch> }) {
  const { id, picker } = props;
  return (
    <SearchField
      id={id}
      label="Find products"
      placeholder="Code or description"
      value={picker.search}
      onSearch={picker.setSearch}
    />
  );
}
