// A labelled search box that filters a list as the admin types (the list reloads on its own, debounced where
// it asks the gateway).
/** `onSearch` gets the text at each keystroke. */
export function SearchField(props: {
  id: string;
  label: string;
  placeholder?: string;
  value: string;
  onSearch: (value: string) => void;
}) {
  const { id, label, placeholder, value, onSearch } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={value}
        onInput={(e) => onSearch(e.currentTarget.value)}
      />
    </div>
  );
}
