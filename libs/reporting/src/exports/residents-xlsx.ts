import { SUBJECT_TYPE_LABELS, SubjectType } from '@village/platform-common';
import {
  GENDER_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  RESIDENT_STATUS_LABELS,
  type Gender,
  type HouseholdRelation,
} from '@village/residents';
import type { Roster, RosterLine } from './resident-roster';
import {
  addOfficeTable,
  beijingDateTime,
  newOfficeWorkbook,
  officeHeaderRow,
  workbookBytes,
} from './xlsx-layout';

const SUBTITLES = 3;
/** The header row of the 村民名册 sheet (1-based). */
export const RESIDENTS_HEADER_ROW = officeHeaderRow(SUBTITLES);

export const RESIDENT_COLUMNS = [
  '序号',
  '姓名',
  '性别',
  '出生年份',
  '户号',
  '与户主关系',
  '网格',
  '身份',
  '状态',
];

function rolesText(line: RosterLine): string {
  return line.roles
    .map((r) =>
      r.type === SubjectType.PARTY_MEMBER && r.probationary ? '预备党员' : SUBJECT_TYPE_LABELS[r.type],
    )
    .join('、');
}

function filterText(roster: Roster): string {
  const { status, gridId, subjectType } = roster.filters;
  const parts = [
    status && `状态「${RESIDENT_STATUS_LABELS[status]}」`,
    gridId && `网格「${roster.lines[0]?.gridName ?? '所选网格'}」`,
    subjectType && `身份「${SUBJECT_TYPE_LABELS[subjectType]}」`,
  ].filter(Boolean);
  return parts.length ? `（筛选：${parts.join('、')}）` : '';
}

/**
 * 村民名册 for the village office's archive: who lives in the village, by household and grid, with
 * their roles and status — the register as the screen lists it, without the ID number or the phone.
 */
export async function renderResidentsXlsx(roster: Roster, now: Date): Promise<Buffer> {
  const title = `${roster.village.name} 村民名册`;
  const workbook = newOfficeWorkbook(title, now);
  addOfficeTable(workbook, {
    sheetName: '村民名册',
    title,
    subtitles: [
      `共 ${roster.lines.length} 人${filterText(roster)}`,
      `导出时间：${beijingDateTime(now)}（北京时间）`,
      '不含身份证号和联系电话；名册含个人信息，仅供村务档案使用，请妥善保管',
    ],
    columns: RESIDENT_COLUMNS.map((header) => ({ header, minWidth: header === '序号' ? 6 : 8 })),
    rows: roster.lines.map((line, i) => [
      i + 1,
      line.name,
      GENDER_LABELS[line.gender as Gender] ?? line.gender,
      line.birthYear,
      line.householdCode,
      line.isHead
        ? '户主'
        : line.relationToHead
          ? HOUSEHOLD_RELATION_LABELS[line.relationToHead as HouseholdRelation]
          : null,
      line.gridName,
      rolesText(line),
      RESIDENT_STATUS_LABELS[line.status],
    ]),
  });
  return workbookBytes(workbook);
}
