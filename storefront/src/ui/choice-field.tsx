// A labelled drop-down filter: "any" first (the empty value), then each choice by its label.
/** `onChoose` gets the chosen value, or '' for the "any" choice. */
export function ChoiceField<V extends string>(props: {
  id: string;
  label: string;
  any: string;
  choices: Readonly<Record<V, string>>;
  value: V | '';
  onChoose: (value: V | '') => void;
}) {
  const { id, label, any, choices, value, onChoose } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChoose(e.currentTarget.value as V | '')}>
        <option value="">{any}</option>
        {(Object.entries(choices) as [V, string][]).map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
