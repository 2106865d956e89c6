import { BASE_FIGURES, YEAR_ONLY, type BaseFigure } from '../dashboards/base-figures';
import { FIGURES } from '../dashboards/figure-definitions';

export interface OpenDataColumn {
  key: string;
  description: string;
}

/** The columns that say where and when a row is, before the figures. */
export const PLACE_COLUMNS: readonly OpenDataColumn[] = [
  { key: 'district_code', description: '区的编码（行政区划代码）' },
  { key: 'district_name', description: '区的名称' },
  { key: 'town_code', description: '镇（街道）的编码' },
  { key: 'town_name', description: '镇（街道）的名称' },
  { key: 'village_code', description: '村的编码' },
  { key: 'village_name', description: '村的名称' },
  { key: 'year', description: '年度（公历年，北京时间）' },
  { key: 'period_kind', description: '期间类型：YEAR（全年）、QUARTER（季度）、MONTH（月份）' },
  { key: 'period_number', description: '期间序号：全年为 1，季度 1–4，月份 1–12' },
];

export const COMPUTED_AT_COLUMN: OpenDataColumn = {
  key: 'computed_at',
  description: '该村该期间的基础数最近一次计算的时间（ISO 8601，UTC）',
};

/**
 * Base figures that no registered figure uses (figure-definitions.ts says the others in words): their
 * words are kept here. A new base figure needs either a figure that uses it or a line here — the
 * open-data spec fails until it has one, so the format document never lists a column without meaning.
 */
const UNUSED_BY_FIGURES: Partial<Record<BaseFigure, string>> = {
  volunteer_hours: '期间内已结束的志愿服务活动计给参与者的服务时长之和（小时）',
};

/** What a base figure column means, from the figures that use it; null when nothing says it. */
export function baseFigureDescription(figure: BaseFigure): string | null {
  const direct = FIGURES.find((f) => f.numerator === figure && !f.denominator);
  const parts: string[] = direct
    ? [`${direct.howComputed}（单位：${direct.unit}；即指标「${direct.label}」）`]
    : [];
  if (!direct) {
    for (const f of FIGURES.filter(
      (d) => d.denominator && (d.numerator === figure || d.denominator === figure),
    )) {
      const role = f.numerator === figure ? '分子' : '分母';
      parts.push(`指标「${f.label}」的${role}（${f.label} = ${f.howComputed}）`);
    }
  }
  const extra = UNUSED_BY_FIGURES[figure];
  if (!parts.length && extra) parts.push(extra);
  if (!parts.length) return null;
  const yearOnly = YEAR_ONLY.has(figure)
    ? '。年度数：只在 period_kind = YEAR 的行有值，季度和月份行为空'
    : '';
  return `${parts.join('；')}${yearOnly}`;
}

/** Every column of the export, in order: place and period, each base figure, then computed_at. */
export function openDataColumns(): OpenDataColumn[] {
  return [
    ...PLACE_COLUMNS,
    ...BASE_FIGURES.map((key) => ({ key, description: baseFigureDescription(key) ?? '（尚无说明）' })),
    COMPUTED_AT_COLUMN,
  ];
}

/** The column table of docs/open-data-format.md (between its `columns` markers), generated from the above. */
export function openDataColumnsMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| 列 | 含义 |',
    '| --- | --- |',
    ...openDataColumns().map((c) => `| \`${c.key}\` | ${cell(c.description)} |`),
  ].join('\n');
}
