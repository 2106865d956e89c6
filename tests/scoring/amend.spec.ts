import { onePixelPng } from '@village/scoring';
import type { DeclareActInput } from '../support/generated/graphql';
import {
  DECLARE_ACT as DECLARE,
  REGISTER_ACT_FULL as REGISTER,
  REVIEW_DECISION_FULL as REVIEW,
} from '../support/documents/scoring';
import { graphql } from '../support/generated';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { Gender } from '@village/residents';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

const INBOX = graphql(`
  query AmendInbox {
    myNotifications {
      items {
        kind
        title
        body
        link {
          entityType
          id
        }
      }
    }
  }
`);

const PNG = onePixelPng().toString('base64');
const photo = { fileName: '服务照片.png', contentType: 'image/png', contentBase64: PNG };
const fieldOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.[0]?.field;
/** Today is pinned, so act dates (and the item list's year) are stable. */
const TODAY = `${DEMO_YEAR}-03-20`;
const march = (day: number) => `${DEMO_YEAR}-03-${String(day).padStart(2, '0')}`;

describe('amending a declaration (修正后通过)', () => {
  let t: TestApp;
  let council: string;
  let resident: string;
  let self: { id: string; userId: string };
  let town: OrgRef;
  let key = 0;
  const nextKey = () => `amend-${++key}`;

  /** 李秀英 (the demo resident, a volunteer) declares her own act. */
  async function declare(input: Omit<DeclareActInput, 'idempotencyKey'>): Promise<string> {
    const res = await t.gql(DECLARE, { input: { idempotencyKey: nextKey(), ...input } }, resident);
    expect(res.errors).toBeUndefined();
    return res.data?.declareAct.id as string;
  }

  const ledgerOf = (declarationId: string) =>
    t.db.adminQuery<Record<string, unknown>>(
      `SELECT item_code AS "itemCode", item_name AS "itemName", points::float AS points,
              item_points_min::float AS min, item_points_max::float AS max, quantity::float AS quantity,
              track, reason, reviewed_by AS "reviewedBy"
         FROM ledger_entry WHERE declaration_id = $1`,
      [declarationId],
    );
  const statusOf = async (id: string) =>
    (await t.db.adminQuery<{ status: string }>('SELECT status FROM declaration WHERE id = $1', [id]))[0]
      .status;

  let scoring: ArrangedVillage;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages and people
    town = (await orgUnits(t))['宋村镇'];
  });
  afterAll(() => t.close());

  // A village of its own per test, and in it 李秀英, a volunteer with a login (as in the demo).
  beforeEach(async () => {
    t.setToday(TODAY);
    scoring = await arrangeScoringVillage(t, town, DEMO_YEAR);
    council = scoring.council.token;
    const volunteer = await arrangeResident(t, scoring, {
      name: '李秀英',
      gender: Gender.FEMALE,
      roles: [S.VILLAGER, S.VOLUNTEER],
      login: true,
    });
    const user = volunteer.user as ArrangedUser;
    self = { id: volunteer.id, userId: user.id };
    resident = user.token;
  });

  it('amending to another item writes one ledger entry under the amended item and tells the resident why', async () => {
    const id = await declare({ itemCode: 'P01', actedOn: march(10), quantity: 6, evidence: [photo] });
    const reason = '经核实为照料空巢老人，不属志愿服务时长';
    const res = await t.gql(
      REVIEW,
      { input: { declarationId: id, decision: 'AMEND', amendedItemCode: 'P07', points: 3, reason } },
      council,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.reviewDeclaration.status).toBe('AMENDED');
    expect(await statusOf(id)).toBe('AMENDED');
    const councilUser = scoring.council;
    const entries = await ledgerOf(id);
    expect(entries).toEqual([
      {
        itemCode: 'P07',
        itemName: '帮扶照料孤寡、空巢老人',
        points: 3,
        min: 2,
        max: 5,
        quantity: null,
        track: 'CREDIT',
        reason,
        reviewedBy: councilUser.id,
      },
    ]);
    const [review] = await t.db.adminQuery<Record<string, unknown>>(
      `SELECT decision, points::float AS points, reason, amended_item_code AS code, amended_quantity AS quantity
         FROM declaration_review WHERE declaration_id = $1`,
      [id],
    );
    expect(review).toEqual({ decision: 'AMEND', points: 3, reason, code: 'P07', quantity: null });
    // The declaration itself still says what was claimed.
    const [declared] = await t.db.adminQuery<{ code: string; quantity: number }>(
      'SELECT item_code AS code, quantity::float AS quantity FROM declaration WHERE id = $1',
      [id],
    );
    expect(declared).toEqual({ code: 'P01', quantity: 6 });
    const inbox = await t.gql(INBOX, {}, resident);
    const note = inbox.data?.myNotifications.items.find((n) => n.link?.id === id);
    expect(note).toMatchObject({ kind: 'DECLARATION_AMENDED', title: '申报经修正后通过' });
    expect(note?.body).toBe(
      `您 ${march(10)} 申报的「参加志愿服务（按小时计），6 小时」经审核修正为「帮扶照料孤寡、空巢老人」，记 3 分：${reason}`,
    );
  });

  it('amending the quantity scores the corrected hours', async () => {
    const id = await declare({ itemCode: 'P01', actedOn: march(11), quantity: 8, evidence: [photo] });
    const res = await t.gql(
      REVIEW,
      {
        input: { declarationId: id, decision: 'AMEND', amendedQuantity: 4, reason: '签到表显示服务 4 小时' },
      },
      council,
    );
    expect(res.errors).toBeUndefined();
    const [entry] = await ledgerOf(id);
    expect(entry).toMatchObject({ itemCode: 'P01', quantity: 4, points: 2 });
    const [review] = await t.db.adminQuery<{ code: string; quantity: number }>(
      `SELECT amended_item_code AS code, amended_quantity::float AS quantity FROM declaration_review
        WHERE declaration_id = $1`,
      [id],
    );
    expect(review).toEqual({ code: 'P01', quantity: 4 });
  });

  it('an amendment without a reason is refused, naming reason, and decides nothing', async () => {
    const id = await declare({ itemCode: 'P03', actedOn: march(12) });
    for (const reason of [undefined, '  ']) {
      const res = await t.gql(
        REVIEW,
        { input: { declarationId: id, decision: 'AMEND', amendedItemCode: 'P15', points: 1, reason } },
        council,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('reason');
    }
    expect(await statusOf(id)).toBe('PENDING');
    expect(await ledgerOf(id)).toHaveLength(0);
  });

  it('refuses an amended item that does not apply to the resident, is not on the list, or changes direction', async () => {
    const id = await declare({ itemCode: 'P03', actedOn: march(13) });
    const amend = (extra: Record<string, unknown>) =>
      t.gql(
        REVIEW,
        { input: { declarationId: id, decision: 'AMEND', reason: '更正事项', ...extra } },
        council,
      );
    // P04 (三会一课) applies to party members only; 李秀英 is a volunteer.
    const party = await amend({ amendedItemCode: 'P04', points: 1 });
    expect(errorCode(party)).toBe('BAD_USER_INPUT');
    expect(fieldOf(party)).toBe('amendedItemCode');
    expect(party.errors?.[0].extensions?.fields?.[0].reasons[0]).toContain('李秀英');
    const unknown = await amend({ amendedItemCode: 'ZZ99', points: 1 });
    expect(fieldOf(unknown)).toBe('amendedItemCode');
    const penalty = await amend({ amendedItemCode: 'N01', points: 1 });
    expect(fieldOf(penalty)).toBe('amendedItemCode');
    const noHours = await amend({ amendedItemCode: 'P01' });
    expect(fieldOf(noHours)).toBe('amendedQuantity');
    const unchanged = await amend({});
    expect(fieldOf(unchanged)).toBe('amendedItemCode');
    const approveWithChange = await t.gql(
      REVIEW,
      { input: { declarationId: id, decision: 'APPROVE', amendedItemCode: 'P15' } },
      council,
    );
    expect(fieldOf(approveWithChange)).toBe('amendedItemCode');
    expect(await statusOf(id)).toBe('PENDING');
    expect(await ledgerOf(id)).toHaveLength(0);
  });

  it('nobody amends a declaration they registered', async () => {
    const plain = await arrangeResident(t, scoring, { roles: [S.VILLAGER] });
    const reg = await t.gql(
      REGISTER,
      { input: { residentId: plain.id, itemCode: 'P03', actedOn: march(14), idempotencyKey: nextKey() } },
      council,
    );
    expect(reg.errors).toBeUndefined();
    const res = await t.gql(
      REVIEW,
      {
        input: {
          declarationId: expectOk(reg).registerAct.id,
          decision: 'AMEND',
          amendedItemCode: 'P15',
          points: 1,
          reason: '更正',
        },
      },
      council,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('an amended declaration counts towards the amended item’s cap', async () => {
    // P03 allows 4 points a month at 1.2 points each in 宋村镇: three claims fit, a fourth does not.
    await declare({ itemCode: 'P03', actedOn: march(12) });
    await declare({ itemCode: 'P03', actedOn: march(13) });
    const earlier = await declare({ itemCode: 'P15', actedOn: march(16) });
    const amended = await t.gql(
      REVIEW,
      {
        input: {
          declarationId: earlier,
          decision: 'AMEND',
          amendedItemCode: 'P03',
          points: 1.2,
          reason: '实为参加环境清理整治',
        },
      },
      council,
    );
    expect(amended.errors).toBeUndefined();
    // P03 of march(12) and march(13) are pending; with the amended one that makes three.
    const fourth = await t.gql(
      DECLARE,
      { input: { itemCode: 'P03', actedOn: march(17), idempotencyKey: nextKey() } },
      resident,
    );
    expect(errorCode(fourth)).toBe('BAD_USER_INPUT');
    expect(fieldOf(fourth)).toBe('itemCode');
  });

  // As the superuser on purpose: the trigger must refuse even what bypasses the application.
  it('the database lets a pending declaration become AMENDED once, and never changes it again', async () => {
    const amendedId = await declare({ itemCode: 'P01', actedOn: march(11), quantity: 8, evidence: [photo] });
    const amended = await t.gql(
      REVIEW,
      {
        input: {
          declarationId: amendedId,
          decision: 'AMEND',
          amendedQuantity: 4,
          reason: '签到表显示服务 4 小时',
        },
      },
      council,
    );
    expect(amended.errors).toBeUndefined();
    const [row] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM declaration WHERE status = 'AMENDED' AND resident_id = $1 LIMIT 1`,
      [self.id],
    );
    await expect(
      t.db.adminQuery(`UPDATE declaration SET status = 'APPROVED' WHERE id = $1`, [row.id]),
    ).rejects.toThrow(/PENDING/);
    await expect(
      t.db.adminQuery(`UPDATE declaration SET item_code = 'P07' WHERE id = $1`, [row.id]),
    ).rejects.toThrow(/only the status/);
  });
});
