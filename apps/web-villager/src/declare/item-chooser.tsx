import { formatPoints } from '@village/web';
import { ruleInPlainWords, type DeclarableItem } from './item-rule';

/**
 * The items to choose from, each with its rule in plain words. Native radio buttons in large cards:
 * the whole card is the tap target, and a keyboard moves between them with the arrow keys.
 */
export function ItemChooser({
  id,
  items,
  value,
  onChange,
}: {
  id?: string;
  items: DeclarableItem[];
  value?: string;
  onChange?: (code: string) => void;
}) {
  return (
    <div id={id} role="radiogroup" aria-label="申报事项">
      {items.map((item) => {
        const chosen = item.code === value;
        return (
          <label key={item.code} className={chosen ? 'item-choice chosen' : 'item-choice'}>
            <input
              type="radio"
              name="declare-item"
              value={item.code}
              checked={chosen}
              onChange={() => onChange?.(item.code)}
            />
            <span>
              <strong>{item.name}</strong>
              <span className="muted">（{item.code}）</span>
              <br />
              <span>
                {item.perUnitPoints === null && item.pointsMin === item.pointsMax
                  ? `+${formatPoints(item.pointsMax)} 分：`
                  : ''}
                {ruleInPlainWords(item).join('；')}
              </span>
              {item.description && (
                <>
                  <br />
                  <span className="muted">{item.description}</span>
                </>
              )}
            </span>
          </label>
        );
      })}
    </div>
  );
}

export function DateInput({
  id,
  value,
  onChange,
  max,
  min,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  max?: string;
  min?: string;
}) {
  return (
    <input
      id={id}
      type="date"
      className="native-input"
      value={value ?? ''}
      max={max}
      min={min}
      onChange={(e) => onChange?.(e.target.value)}
    />
  );
}
