/**
 * A list of native radio buttons styled like the item chooser (large targets, real radios a screen
 * reader announces), for a form field with a handful of choices: whom an act scores, what relation.
 */
export function ChoiceList({
  id,
  name,
  label,
  options,
  value,
  onChange,
}: {
  id?: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <div id={id} role="radiogroup" aria-label={label}>
      {options.map((option) => {
        const chosen = option.value === value;
        return (
          <label key={option.value} className={chosen ? 'item-choice chosen' : 'item-choice'}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={chosen}
              onChange={() => onChange?.(option.value)}
            />
            <span>{option.label}</span>
          </label>
        );
      })}
    </div>
  );
}
