import { OrgLevel } from '@village/platform-tenancy';
import type { Dashboard, DashboardQuery, DashboardRow } from '../dashboards/dashboard.service';
import { FIGURES } from '../dashboards/figure-definitions';
import { periodLabel } from './download-params';
import {
  addOfficeTable,
  beijingDateTime,
  newOfficeWorkbook,
  officeHeaderRow,
  workbookBytes,
} from './xlsx-layout';

const SUBTITLES = 3;
/** The header row of the 数据看板 sheet (1-based): the title and three subtitle rows, a blank row above it. */
export const DASHBOARD_HEADER_ROW = officeHeaderRow(SUBTITLES);

const LEVEL_WORD: Record<OrgLevel, string> = { DISTRICT: '区', TOWN: '镇', VILLAGE: '村' };

/** The two headers of each figure: this period and the same period a year earlier, both with the unit. */
export function figureHeaders(): string[] {
  return FIGURES.flatMap((f) => [`${f.label}（${f.unit}）`, `${f.label} 上年同期（${f.unit}）`]);
}

function line(unitName: string, row: DashboardRow): (string | number | null)[] {
  const byKey = new Map(row.values.map((v) => [v.key, v]));
  return [
    unitName,
    ...FIGURES.flatMap((f) => [byKey.get(f.key)?.value ?? null, byKey.get(f.key)?.previous ?? null]),
  ];
}

/**
 * The 数据看板 table as a workbook for the office's files: the same unit, year and period as the
 * screen, one row per child unit (a district's towns, a town's villages, a village itself) and the
 * total, one column per registered figure (figure-definitions.ts) beside its 上年同期 column, the
 * numbers exactly as DashboardService gave them to the screen (empty where the screen shows "—").
 * A second sheet says how each figure is computed.
 */
export async function renderDashboardXlsx(board: Dashboard, q: DashboardQuery, now: Date): Promise<Buffer> {
  const title = `${board.unit.name} 数据看板`;
  const workbook = newOfficeWorkbook(title, now);
  const rows = board.rows.map((r) => line(r.unitName, r));
  if (board.rows.length > 1) rows.push(line('合计', board.total));
  addOfficeTable(workbook, {
    sheetName: '数据看板',
    title,
    subtitles: [
      `${q.year} 年 ${periodLabel(q.periodKind, q.periodNumber)}，各项指标与上年同期比较`,
      `导出时间：${beijingDateTime(now)}（北京时间）；汇总数据${
        board.computedAt ? `计算于 ${beijingDateTime(board.computedAt)}` : '尚未计算'
      }`,
      '比率为所辖各村分子之和 ÷ 分母之和；空白表示没有可计算或可比较的数据；口径见“指标口径”表',
    ],
    columns: [
      { header: LEVEL_WORD[board.childLevel], minWidth: 12 },
      ...figureHeaders().map((header) => ({ header, minWidth: 10, maxWidth: 14 })),
    ],
    rows,
  });
  addOfficeTable(workbook, {
    sheetName: '指标口径',
    title: `${title} · 指标口径`,
    subtitles: ['各级数值均为所辖各村基础数之和；比率为分子之和 ÷ 分母之和'],
    columns: [
      { header: '指标' },
      { header: '分组' },
      { header: '单位' },
      { header: '口径（如何计算）', maxWidth: 80 },
    ],
    rows: FIGURES.map((f) => [f.label, f.group, f.unit, f.howComputed]),
  });
  return workbookBytes(workbook);
}
