import ExcelJS from 'exceljs';
import request from 'supertest';
import { addDays, SubjectType as S } from '@village/platform-common';
import { FiguresRefreshService } from '@village/reporting';
import type { OrgRef } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import type { TestApp } from '../support/test-app';
import {
  arrangeAdoptedList,
  arrangeApprovedAct,
  arrangeDistrict,
  arrangeFinalQuarter,
  arrangeGrid,
  arrangeHousehold,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeTown,
  arrangeVillage,
  villageItem,
  type ArrangedDistrict,
  type ArrangedVillage,
} from '../support/arrange';

export const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;
const ITEM = villageItem('OD1', '参加义务劳动', { pointsMin: 1, pointsMax: 5 });

export interface FiguresDistrict {
  district: ArrangedDistrict;
  townA: OrgRef;
  townB: OrgRef;
  /** Two villages of town A (the first named with a comma and quotes, for the CSV), one of town B. */
  villages: ArrangedVillage[];
  /** Every resident arranged, with the village they live in. */
  residents: { id: string; name: string; villageId: string }[];
}

/**
 * A district of its own with two towns and three villages whose first quarter is final, each resident
 * with points on a few days (and the first village's with a grid and a household), and the roll-up
 * computed: what the dashboard, its workbook and the open data all read.
 */
export async function arrangeFiguresDistrict(t: TestApp): Promise<FiguresDistrict> {
  const district = await arrangeDistrict(t);
  const townA = await arrangeTown(t, district.unit);
  const townB = await arrangeTown(t, district.unit);
  await arrangeRulebook(t, district.unit, [townA, townB]);
  const residents: FiguresDistrict['residents'] = [];

  async function village(town: OrgRef, people: [string, number[]][], name?: string) {
    t.setToday(on('01-05'));
    const v = await arrangeVillage(t, town, { name });
    await arrangeAdoptedList(t, v, DEMO_YEAR, [ITEM]);
    const periods = await arrangeOpenYear(t, v, DEMO_YEAR);
    const gridId = await arrangeGrid(t, v, { name: '一组网格' });
    const householdId = await arrangeHousehold(t, v, { gridId });
    const acts: { residentId: string; actedOn: string; points: number }[] = [];
    for (const [person, points] of people) {
      const resident = await arrangeResident(t, v, {
        name: person,
        roles: [S.VILLAGER],
        birthDate: '1966-05-07',
        gridId,
        householdId,
      });
      residents.push({ id: resident.id, name: person, villageId: v.id });
      points.forEach((p, i) =>
        acts.push({ residentId: resident.id, actedOn: on(`0${1 + (i % 3)}-1${i}`), points: p }),
      );
    }
    for (const act of acts.sort((a, b) => a.actedOn.localeCompare(b.actedOn))) {
      t.setToday(addDays(act.actedOn, 1));
      await arrangeApprovedAct(t, v, { ...act, itemCode: 'OD1' });
    }
    await arrangeFinalQuarter(t, v, periods, 1);
    return v;
  }

  const villages = [
    await village(
      townA,
      [
        ['张兆明', [2, 3]],
        ['李秀英', [1]],
        ['王春燕', []],
      ],
      `东沟,"新"村${Date.now() % 1000}`,
    ),
    await village(townA, [['刘志强', [5]]]),
    await village(townB, [
      ['于海涛', [1, 1, 1]],
      ['宋立新', []],
    ]),
  ];
  t.setToday(null);
  await t.app.get(FiguresRefreshService).refreshDistrict(district.unit.id);
  return { district, townA, townB, villages, residents };
}

/** GET with the bearer token (or none), the body as bytes whatever its type. */
export function download(t: TestApp, path: string, token?: string) {
  const req = request(t.app.getHttpServer()).get(path);
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

export const jsonOf = (body: Buffer) =>
  JSON.parse(body.toString('utf8')) as { code: string; message: string; fields?: { field: string }[] };

export async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A cell's value as the reader gets it: null for an empty cell. */
export function cellValue(sheet: ExcelJS.Worksheet, row: number, column: number): unknown {
  const value = sheet.getCell(row, column).value;
  return value === undefined ? null : value;
}
