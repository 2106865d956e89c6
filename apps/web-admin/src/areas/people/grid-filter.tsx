import { Select } from 'antd';
import type { Choice } from './resident-form';

/** Narrows a village's list to one grid; cleared, it shows all grids again. */
export function GridFilter({
  choices,
  width = 180,
  onChange,
}: {
  choices: Choice[];
  width?: number;
  onChange: (gridId: string | undefined) => void;
}) {
  return (
    <Select
      aria-label="网格"
      placeholder="全部网格"
      allowClear
      style={{ width }}
      options={choices}
      onChange={(v?: string) => onChange(v)}
    />
  );
}
