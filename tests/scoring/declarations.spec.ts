import { onePixelPng } from '@village/scoring';
import { TALLY_PERIOD } from '../support/documents/scoring';
import {
  DECLARE_ACT as DECLARE,
  REGISTER_ACT_FULL as REGISTER,
  REVIEW_DECISION_FULL as REVIEW,
} from '../support/documents/scoring';
import { graphql } from '../support/generated';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '@village/platform-common';
import { SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { Gender, ResidentService, ResidentStatus } from '@village/residents';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeAdoptedList,
  arrangeResident,
  arrangeScoringVillage,
  arrangeTown,
  arrangeTownManual,
  arrangeVillage,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

const LIST = graphql(`
  query DeclarationsList($villageId: ID!, $status: DeclarationStatus) {
    declarations(villageId: $villageId, status: $status) {
      total
      items {
        ...DeclarationFields
      }
    }
  }
`);
const MINE = graphql(`
  query DeclarationsMine {
    myDeclarations {
      total
      items {
        ...DeclarationFields
      }
    }
  }
`);

interface Declaration {
  id: string;
  residentId: string;
  status: string;
  itemCode: string;
}

const PNG = onePixelPng().toString('base64');
const photo = { fileName: '服务照片.png', contentType: 'image/png', contentBase64: PNG };
const fieldOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.[0]?.field;
/** Pinned in beforeAll, so caps, late entries and the tallied quarter hold on any real date (even 2 January). */
const today = `${DEMO_YEAR}-11-20`;
/** Act dates in the current month, so month caps and the late-entry window both apply. */
const daysAgo = (n: number) => addDays(today, -n);

describe('declarations and review', () => {
  let t: TestApp;
  let village: string;
  let admin: string;
  let council: string;
  let resident: string;
  let other: string;
  let self: { id: string; userId: string };
  let plain: string[]; // active residents without a login and without the party-member role
  let councilUserId: string;
  let units: Record<string, OrgRef>;
  let key = 0;
  const nextKey = () => `test-${++key}`;

  let town: OrgRef;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages and people
    units = await orgUnits(t);
    town = units['宋村镇'];
    other = (await arrangeVillage(t, units['文登营镇'])).admin.token;
  });
  afterAll(() => t.close());

  /** A village of 宋村镇 scoring the demo year, a volunteer with a login, and five plain villagers. */
  async function arrangeScoringPeople(inTown: OrgRef): Promise<ArrangedVillage> {
    const arranged = await arrangeScoringVillage(t, inTown, DEMO_YEAR);
    village = arranged.id;
    admin = arranged.admin.token;
    council = arranged.council.token;
    councilUserId = arranged.council.id;
    const volunteer = await arrangeResident(t, arranged, {
      gender: Gender.FEMALE,
      roles: [S.VILLAGER, S.VOLUNTEER],
      login: true,
    });
    const user = volunteer.user as ArrangedUser;
    self = { id: volunteer.id, userId: user.id };
    resident = user.token;
    plain = [];
    for (let i = 0; i < 5; i++) plain.push((await arrangeResident(t, arranged, { roles: [S.VILLAGER] })).id);
    return arranged;
  }

  // Each test scores in a village of its own: no cap, key or tally of one reaches another.
  let scoring: ArrangedVillage;
  beforeEach(async () => {
    t.setToday(today);
    scoring = await arrangeScoringPeople(town);
  });

  it('the same idempotency key twice makes one declaration; another payload under it is a conflict', async () => {
    const input = {
      itemCode: 'P01',
      actedOn: daysAgo(2),
      quantity: 4,
      note: '敬老院志愿服务',
      idempotencyKey: 'same-key',
      evidence: [photo],
    };
    const first = await t.gql(DECLARE, { input }, resident);
    expect(first.errors).toBeUndefined();
    expect(first.data?.declareAct).toMatchObject({ residentId: self.id, channel: 'SELF', status: 'PENDING' });
    const again = await t.gql(DECLARE, { input }, resident);
    expect(again.data?.declareAct.id).toBe(first.data?.declareAct.id);
    const [count] = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM declaration WHERE idempotency_key = 'same-key' AND village_id = $1`,
      [village],
    );
    expect(count.n).toBe(1);
    const changed = await t.gql(DECLARE, { input: { ...input, quantity: 5 } }, resident);
    expect(errorCode(changed)).toBe('CONFLICT');
    expect(fieldOf(changed)).toBe('idempotencyKey');
    const mine = await t.gql(MINE, {}, resident);
    expect(mine.data?.myDeclarations.items.map((d) => d.id)).toContain(first.data?.declareAct.id);
  });

  it('refuses an item that does not apply to the resident, one not on the list, and a too-late date', async () => {
    const base = { residentId: plain[0], actedOn: daysAgo(1), idempotencyKey: nextKey() };
    const party = await t.gql(REGISTER, { input: { ...base, itemCode: 'P04' } }, admin);
    expect(errorCode(party)).toBe('BAD_USER_INPUT');
    expect(fieldOf(party)).toBe('itemCode');
    const unknown = await t.gql(
      REGISTER,
      { input: { ...base, itemCode: 'ZZ99', idempotencyKey: nextKey() } },
      admin,
    );
    expect(fieldOf(unknown)).toBe('itemCode');
    const late = await t.gql(
      REGISTER,
      { input: { ...base, itemCode: 'P03', actedOn: daysAgo(40), idempotencyKey: nextKey() } },
      admin,
    );
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(fieldOf(late)).toBe('actedOn');
    const perUnit = await t.gql(
      REGISTER,
      { input: { ...base, itemCode: 'P01', idempotencyKey: nextKey() } },
      admin,
    );
    expect(fieldOf(perUnit)).toBe('quantity');
  });

  it('requires evidence where the item says so, accepts only photos and PDFs, and stores them', async () => {
    const storedKey = nextKey();
    const declared = await t.gql(
      DECLARE,
      {
        input: {
          itemCode: 'P01',
          actedOn: daysAgo(2),
          quantity: 4,
          idempotencyKey: storedKey,
          evidence: [photo],
        },
      },
      resident,
    );
    expect(declared.errors).toBeUndefined();
    const base = { itemCode: 'P01', actedOn: daysAgo(6), quantity: 1 };
    const missing = await t.gql(DECLARE, { input: { ...base, idempotencyKey: nextKey() } }, resident);
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(fieldOf(missing)).toBe('evidence');
    const wrongType = await t.gql(
      DECLARE,
      { input: { ...base, idempotencyKey: nextKey(), evidence: [{ ...photo, contentType: 'text/plain' }] } },
      resident,
    );
    expect(fieldOf(wrongType)).toBe('evidence');
    const fake = await t.gql(
      DECLARE,
      {
        input: {
          ...base,
          idempotencyKey: nextKey(),
          evidence: [{ ...photo, contentType: 'application/pdf' }],
        },
      },
      resident,
    );
    expect(fieldOf(fake)).toBe('evidence');
    const [files] = await t.db.adminQuery<{ n: number; type: string; size: number }>(
      `SELECT count(*)::int AS n, min(content_type) AS type, min(size_bytes) AS size FROM declaration_evidence e
         JOIN declaration d ON d.id = e.declaration_id WHERE d.idempotency_key = $1`,
      [storedKey],
    );
    expect(files).toEqual({ n: 1, type: 'image/png', size: Buffer.from(PNG, 'base64').length });
    const [stored] = await t.db.adminQuery<{ key: string }>(
      `SELECT storage_key AS key FROM declaration_evidence e JOIN declaration d ON d.id = e.declaration_id
        WHERE d.idempotency_key = $1`,
      [storedKey],
    );
    const onDisk = readFileSync(join(t.config.evidenceDir, stored.key));
    expect(onDisk.toString('base64')).toBe(PNG);
  });

  it('a resident may not declare negative items for themself', async () => {
    const res = await t.gql(
      DECLARE,
      { input: { itemCode: 'N01', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      resident,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('itemCode');
  });

  it('holds the monthly cap', async () => {
    const [item] = await t.db.adminQuery<{ min: string; cap: string }>(
      `SELECT i.points_min AS min, i.cap_per_month AS cap FROM scoring_list_item i
         JOIN scoring_list l ON l.id = i.list_id WHERE l.village_id = $1 AND l.status = 'ADOPTED' AND i.code = 'P03'`,
      [village],
    );
    const allowed = Math.floor(Number(item.cap) / Number(item.min) + 1e-9);
    expect(allowed).toBeGreaterThan(0);
    for (let i = 0; i < allowed; i++) {
      const ok = await t.gql(
        REGISTER,
        { input: { residentId: plain[1], itemCode: 'P03', actedOn: today, idempotencyKey: nextKey() } },
        admin,
      );
      expect(ok.errors).toBeUndefined();
    }
    const over = await t.gql(
      REGISTER,
      { input: { residentId: plain[1], itemCode: 'P03', actedOn: today, idempotencyKey: nextKey() } },
      admin,
    );
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(fieldOf(over)).toBe('itemCode');
  });

  it('approval writes exactly one ledger entry with the frozen values and signed points, and notifies', async () => {
    const reg = await t.gql(
      REGISTER,
      { input: { residentId: plain[2], itemCode: 'N01', actedOn: daysAgo(3), idempotencyKey: nextKey() } },
      admin,
    );
    expect(reg.errors).toBeUndefined();
    const id = reg.data?.registerAct.id as string;
    const approved = await t.gql(
      REVIEW,
      { input: { declarationId: id, decision: 'APPROVE', points: 2 } },
      council,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.reviewDeclaration.status).toBe('APPROVED');
    const entries = await t.db.adminQuery<Record<string, unknown>>(
      `SELECT e.points::float AS points, e.item_code, e.item_name, e.item_points_min::float AS min,
              e.item_points_max::float AS max, e.track, e.expires_on::text AS expires, e.declared_by,
              e.reviewed_by, e.idempotency_key, i.name AS frozen_name, i.points_min::float AS frozen_min,
              i.points_max::float AS frozen_max, d.declared_by AS declarer
         FROM ledger_entry e JOIN declaration d ON d.id = e.declaration_id
         JOIN scoring_list_item i ON i.id = d.scoring_list_item_id WHERE e.declaration_id = $1`,
      [id],
    );
    expect(entries).toHaveLength(1);
    const [e] = entries;
    expect(e).toMatchObject({
      points: -2,
      item_code: 'N01',
      item_name: e.frozen_name,
      min: e.frozen_min,
      max: e.frozen_max,
      track: 'CREDIT',
      expires: addMonthsIso(daysAgo(3), 3),
      declared_by: e.declarer,
      reviewed_by: councilUserId,
      idempotency_key: `declaration:${id}`,
    });
    const again = await t.gql(
      REVIEW,
      { input: { declarationId: id, decision: 'APPROVE', points: 2 } },
      council,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    const [count] = await t.db.adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM ledger_entry WHERE declaration_id = $1',
      [id],
    );
    expect(count.n).toBe(1);
    const outOfRange = await t.gql(
      REGISTER,
      { input: { residentId: plain[3], itemCode: 'N01', actedOn: daysAgo(3), idempotencyKey: nextKey() } },
      admin,
    );
    const tooMany = await t.gql(
      REVIEW,
      { input: { declarationId: expectOk(outOfRange).registerAct.id, decision: 'APPROVE', points: 50 } },
      council,
    );
    expect(fieldOf(tooMany)).toBe('points');
  });

  it('a repeat of an item within its validity months is multiplied', async () => {
    const ids: string[] = [];
    for (const n of [5, 4]) {
      const reg = await t.gql(
        REGISTER,
        { input: { residentId: plain[3], itemCode: 'N01', actedOn: daysAgo(n), idempotencyKey: nextKey() } },
        admin,
      );
      expect(reg.errors).toBeUndefined();
      ids.push(reg.data?.registerAct.id as string);
    }
    for (const id of ids) {
      const res = await t.gql(
        REVIEW,
        { input: { declarationId: id, decision: 'APPROVE', points: 1 } },
        council,
      );
      expect(res.errors).toBeUndefined();
    }
    const rows = await t.db.adminQuery<{ points: number; m: number }>(
      `SELECT points::float AS points, repeat_multiplier::float AS m FROM ledger_entry
        WHERE declaration_id = ANY($1::uuid[]) ORDER BY seq`,
      [ids],
    );
    expect(rows).toEqual([
      { points: -1, m: 1 },
      { points: -2, m: 2 },
    ]);
  });

  it('approving a per-unit declaration scores units × points and notifies the resident', async () => {
    const declared = await t.gql(
      DECLARE,
      {
        input: {
          itemCode: 'P01',
          actedOn: daysAgo(2),
          quantity: 4,
          idempotencyKey: nextKey(),
          evidence: [photo],
        },
      },
      resident,
    );
    expect(declared.errors).toBeUndefined();
    const mine = await t.gql(MINE, {}, resident);
    const decl = mine.data?.myDeclarations.items.find((d) => d.itemCode === 'P01') as Declaration;
    const res = await t.gql(REVIEW, { input: { declarationId: decl.id, decision: 'APPROVE' } }, council);
    expect(res.errors).toBeUndefined();
    const [entry] = await t.db.adminQuery<{ points: number; quantity: number }>(
      `SELECT points::float AS points, quantity::float AS quantity FROM ledger_entry WHERE declaration_id = $1`,
      [decl.id],
    );
    const [item] = await t.db.adminQuery<{ per: number }>(
      `SELECT per_unit_points::float AS per FROM scoring_list_item i JOIN declaration d ON d.scoring_list_item_id = i.id
        WHERE d.id = $1`,
      [decl.id],
    );
    expect(entry).toEqual({ points: item.per * 4, quantity: 4 });
    const notes = await t.db.adminQuery<{ kind: string }>(
      `SELECT kind FROM notification WHERE recipient_user_id = $1 AND link_id = $2`,
      [self.userId, decl.id],
    );
    expect(notes.map((n) => n.kind)).toEqual(['DECLARATION_APPROVED']);
  });

  it('rejection requires a reason and writes no ledger entry', async () => {
    const reg = await t.gql(
      REGISTER,
      { input: { residentId: plain[4], itemCode: 'P03', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      admin,
    );
    const id = reg.data?.registerAct.id as string;
    const noReason = await t.gql(
      REVIEW,
      { input: { declarationId: id, decision: 'REJECT', reason: ' ' } },
      council,
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldOf(noReason)).toBe('reason');
    const rejected = await t.gql(
      REVIEW,
      { input: { declarationId: id, decision: 'REJECT', reason: '无人证明' } },
      council,
    );
    expect(rejected.data?.reviewDeclaration.status).toBe('REJECTED');
    const [count] = await t.db.adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM ledger_entry WHERE declaration_id = $1',
      [id],
    );
    expect(count.n).toBe(0);
    const [review] = await t.db.adminQuery<{ decision: string; reason: string }>(
      'SELECT decision, reason FROM declaration_review WHERE declaration_id = $1',
      [id],
    );
    expect(review).toEqual({ decision: 'REJECT', reason: '无人证明' });
  });

  it('a council member cannot review a declaration they registered', async () => {
    const reg = await t.gql(
      REGISTER,
      { input: { residentId: plain[0], itemCode: 'P03', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      council,
    );
    expect(reg.errors).toBeUndefined();
    const res = await t.gql(
      REVIEW,
      { input: { declarationId: expectOk(reg).registerAct.id, decision: 'APPROVE', points: 1 } },
      council,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toContain('本人');
  });

  // As the superuser on purpose: the trigger must refuse even what bypasses the application.
  it('the database refuses a second decision and a deletion', async () => {
    const reg = await t.gql(
      REGISTER,
      { input: { residentId: plain[4], itemCode: 'P03', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      admin,
    );
    const row = { id: reg.data?.registerAct.id as string };
    const rejected = await t.gql(
      REVIEW,
      { input: { declarationId: row.id, decision: 'REJECT', reason: '无人证明' } },
      council,
    );
    expect(rejected.errors).toBeUndefined();
    await expect(
      t.db.adminQuery(`UPDATE declaration SET status = 'APPROVED' WHERE id = $1`, [row.id]),
    ).rejects.toThrow(/PENDING/);
    await expect(t.db.adminQuery('DELETE FROM declaration WHERE id = $1', [row.id])).rejects.toThrow();
  });

  it("another village's admin can neither see, register nor review this village's declarations", async () => {
    const registered = await t.gql(
      REGISTER,
      { input: { residentId: plain[1], itemCode: 'P03', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const list = await t.gql(LIST, { villageId: village }, other);
    expect(errorCode(list)).toBe('NOT_FOUND');
    const reg = await t.gql(
      REGISTER,
      { input: { residentId: plain[0], itemCode: 'P03', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      other,
    );
    expect(errorCode(reg)).toBe('NOT_FOUND');
    const [pending] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM declaration WHERE status = 'PENDING' AND village_id = $1 LIMIT 1`,
      [village],
    );
    const review = await t.gql(
      REVIEW,
      { input: { declarationId: pending.id, decision: 'REJECT', reason: 'x' } },
      other,
    );
    expect(errorCode(review)).toBe('FORBIDDEN');
    const own = await t.gql(LIST, { villageId: village, status: 'PENDING' }, council);
    expect(own.data?.declarations.total).toBeGreaterThan(0);
  });

  it('a resident cannot register an act for someone else', async () => {
    const res = await t.gql(
      REGISTER,
      { input: { residentId: plain[0], itemCode: 'P03', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      resident,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    const list = await t.gql(LIST, { villageId: village }, resident);
    expect(errorCode(list)).toBe('FORBIDDEN');
  });

  it('holds caps at approval when reviewers choose more than the minimum', async () => {
    const [item] = await t.db.adminQuery<{ max: number; cap: number }>(
      `SELECT i.points_max::float AS max, i.cap_per_quarter::float AS cap FROM scoring_list_item i
         JOIN scoring_list l ON l.id = i.list_id WHERE l.village_id = $1 AND l.status = 'ADOPTED' AND i.code = 'P07'`,
      [village],
    );
    const fits = Math.floor(item.cap / item.max + 1e-9);
    const ids: string[] = [];
    for (let i = 0; i <= fits; i++) {
      const reg = await t.gql(
        REGISTER,
        {
          input: {
            residentId: plain[2],
            itemCode: 'P07',
            actedOn: daysAgo(1),
            idempotencyKey: nextKey(),
            evidence: [photo],
          },
        },
        admin,
      );
      expect(reg.errors).toBeUndefined();
      ids.push(reg.data?.registerAct.id as string);
    }
    for (const id of ids.slice(0, fits)) {
      const ok = await t.gql(
        REVIEW,
        { input: { declarationId: id, decision: 'APPROVE', points: item.max } },
        council,
      );
      expect(ok.errors).toBeUndefined();
    }
    const over = await t.gql(
      REVIEW,
      { input: { declarationId: ids[fits], decision: 'APPROVE', points: item.max } },
      council,
    );
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(fieldOf(over)).toBe('points');
  });

  it('refuses an inactive resident', async () => {
    await t.app
      .get(ResidentService)
      .changeStatus(scoring.system, plain[4], ResidentStatus.MOVED_OUT, '户口迁出');
    const res = await t.gql(
      REGISTER,
      { input: { residentId: plain[4], itemCode: 'P03', actedOn: daysAgo(1), idempotencyKey: nextKey() } },
      admin,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('residentId');
  });

  it('takes the late-entry limit from the town manual', async () => {
    // A town of its own whose manual allows 补录 for 10 days, then a new manual version with 31 days
    // and the village's list adopted again under it (the list's manual is the one that counts).
    const lateTown = await arrangeTown(t, units['文登区']);
    await arrangeTownManual(t, lateTown, town, DEMO_YEAR, { lateEntryDays: 10 });
    const lateVillage = await arrangeScoringPeople(lateTown);
    const act = (key: string) => ({
      input: { residentId: plain[1], itemCode: 'P03', actedOn: `${DEMO_YEAR}-06-15`, idempotencyKey: key },
    });
    t.setToday(`${DEMO_YEAR}-06-27`); // 12 days after the act, whatever the real date
    const late = await t.gql(REGISTER, act(nextKey()), admin);
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(fieldOf(late)).toBe('actedOn');
    expect(late.errors?.[0]?.message).toContain('10 天内可登记');
    await arrangeTownManual(t, lateTown, town, DEMO_YEAR, { lateEntryDays: 31 });
    await arrangeAdoptedList(t, lateVillage, DEMO_YEAR);
    const inTime = await t.gql(REGISTER, act(nextKey()), admin);
    expect(inTime.errors).toBeUndefined();
  });

  // Tallies the current quarter, after which nothing more may be registered in it.
  it('refuses an act in a quarter already tallied', async () => {
    const [quarter] = await t.db.adminQuery<{ id: string; endsOn: string }>(
      `SELECT id, ends_on::text AS "endsOn" FROM scoring_period
        WHERE village_id = $1 AND kind = 'QUARTER' AND starts_on <= $2 AND ends_on >= $2`,
      [village, today],
    );
    t.setToday(addDays(quarter.endsOn, 1)); // a quarter is tallied once it has ended
    const tallied = await t.gql(TALLY_PERIOD, { p: quarter.id }, council);
    t.setToday(today);
    expect(tallied.errors).toBeUndefined();
    const res = await t.gql(
      REGISTER,
      { input: { residentId: plain[0], itemCode: 'P03', actedOn: today, idempotencyKey: nextKey() } },
      admin,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('actedOn');
  });
});

function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
