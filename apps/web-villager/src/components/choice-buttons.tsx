import { Button } from 'antd-mobile';

/**
 * A row of large buttons to pick one of a few choices (year, quarter, score): real buttons, so they
 * take the keyboard, and the chosen one says so (aria-pressed and a tick), not only by its colour.
 */
export function ChoiceButtons<T extends string | number>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="tap-row" style={{ margin: '8px 0' }}>
      {options.map((o) => {
        const chosen = o.value === value;
        return (
          <Button
            key={String(o.value)}
            size="small"
            color={chosen ? 'primary' : 'default'}
            fill={chosen ? 'solid' : 'outline'}
            aria-pressed={chosen}
            onClick={() => onChange(o.value)}
          >
            {chosen ? '✓ ' : ''}
            {o.label}
          </Button>
        );
      })}
    </div>
  );
}
