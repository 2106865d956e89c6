import { ItemDirection } from '@village/rulebook';
import { ResidentService } from '@village/residents';
import { ANOMALY_THRESHOLDS } from '@village/reporting';
import { Role, SubjectType as S } from '@village/platform-common';
import { TenantDb, type OrgRef } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { GRANT_ROLE } from '../support/documents/accounts';
import { graphql } from '../support/generated';
import type { AnomalyKind } from '../support/generated/graphql';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeDistrict,
  arrangeHousehold,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTown,
  arrangeUser,
  townAdminOf,
  villageItem,
  type ArrangedDistrict,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';
import { chinaDaysAgo, decide, detect, nextDay, register, retime, untouchable } from './anomaly-support';

/**
 * Anomaly alerts (issue 14 item 9): each rule raises what it is for and not the near miss beside it;
 * detection is idempotent run after run and in parallel (one alert, one message per recipient); it
 * never changes the ledger or a declaration; alerts are seen in scope only and verified by appending.
 */
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;
const GOOD = villageItem('AN1', '参加村内公益活动', { pointsMin: 1, pointsMax: 10 });
const BAD = villageItem('AN2', '违反村规民约', {
  direction: ItemDirection.NEGATIVE,
  pointsMin: 1,
  pointsMax: 10,
});
const ITEMS = [GOOD, BAD];

const ALERTS = graphql(`
  query AnomalyAlerts($unitId: ID!, $status: AnomalyAlertStatus, $kind: AnomalyKind, $limit: Int) {
    anomalyAlerts(unitId: $unitId, status: $status, kind: $kind, limit: $limit) {
      total
      items {
        id
        kind
        villageId
        villageName
        subjectKind
        subjectId
        subjectName
        periodLabel
        occurredOn
        summary
        evidence
        declarationIds
        residentIds
        status
        resolution {
          resolution
          note
          resolvedByName
        }
      }
    }
  }
`);
const RESOLVE = graphql(`
  mutation AnomalyResolve($input: ResolveAnomalyAlertInput!) {
    resolveAnomalyAlert(input: $input) {
      id
      status
      resolution {
        resolution
        note
        resolvedByName
      }
    }
  }
`);
const PROPOSE = graphql(`
  mutation AnomalyCorrectionPropose($input: ProposeLedgerCorrectionInput!) {
    proposeLedgerCorrection(input: $input) {
      id
    }
  }
`);
const CONFIRM = graphql(`
  mutation AnomalyCorrectionConfirm($id: ID!) {
    confirmLedgerCorrection(id: $id) {
      id
      status
    }
  }
`);

type Alert = {
  id: string;
  kind: string;
  villageId: string;
  subjectId: string;
  summary: string;
  evidence: string;
  declarationIds: string[];
  residentIds: string[];
};
const fieldOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.[0]?.field;

describe('anomaly alerts: raised once with their evidence, never acting, in scope only', () => {
  let t: TestApp;
  let district: ArrangedDistrict;
  let townA: OrgRef;
  let townB: OrgRef;
  let townAdminA: ArrangedUser;
  let townAdminB: ArrangedUser;
  let swing: ArrangedVillage;
  let night: ArrangedVillage;
  let bulk: ArrangedVillage;
  let house: ArrangedVillage;
  let evidence: ArrangedVillage;
  const people: Record<string, string> = {};
  const declarations: Record<string, string[]> = {};
  let householdOne: string;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    district = await arrangeDistrict(t);
    townA = await arrangeTown(t, district.unit);
    townB = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [townA, townB]);
    townAdminA = await townAdminOf(t, townA);
    townAdminB = await townAdminOf(t, townB);
    t.setToday(on('01-05'));
    swing = await arrangeScoringVillage(t, townA, DEMO_YEAR, { villageItems: ITEMS });
    night = await arrangeScoringVillage(t, townA, DEMO_YEAR, { villageItems: ITEMS });
    bulk = await arrangeScoringVillage(t, townA, DEMO_YEAR, { villageItems: ITEMS });
    house = await arrangeScoringVillage(t, townA, DEMO_YEAR, { villageItems: ITEMS });
    evidence = await arrangeScoringVillage(t, townB, DEMO_YEAR, { villageItems: ITEMS });
    t.setToday(on('06-20'));
    await arrangeSwings();
    await arrangeNights();
    await arrangeBursts();
    await arrangeEvidence();
    await arrangeHouseholdReview();
  }, 240_000);
  afterAll(() => t.close());

  const villager = async (village: ArrangedVillage, key: string, householdId?: string) => {
    people[key] = (await arrangeResident(t, village, { name: key, roles: [S.VILLAGER], householdId })).id;
    return people[key];
  };
  const approved = (
    village: ArrangedVillage,
    residentId: string,
    code: string,
    day: string,
    points: number,
  ) => arrangeApprovedAct(t, village, { residentId, itemCode: code, actedOn: on(day), points });

  /** 涨分甲 +24 and 扣分乙 −21 in June; 差一分丙 19; 跨月丁 10 in May and 10 in June; 冲正戊 25 less 10 reversed. */
  async function arrangeSwings(): Promise<void> {
    const gain = await villager(swing, '涨分甲');
    for (const day of ['06-02', '06-09', '06-16']) await approved(swing, gain, 'AN1', day, 8);
    const loss = await villager(swing, '扣分乙');
    for (const day of ['06-03', '06-10', '06-17']) await approved(swing, loss, 'AN2', day, 7);
    const near = await villager(swing, '差一分丙');
    await approved(swing, near, 'AN1', '06-04', 10);
    await approved(swing, near, 'AN1', '06-11', 9);
    const spread = await villager(swing, '跨月丁');
    await approved(swing, spread, 'AN1', '05-25', 10);
    await approved(swing, spread, 'AN1', '06-05', 10);
    const reversed = await villager(swing, '冲正戊');
    await approved(swing, reversed, 'AN1', '06-06', 10);
    const { entryId } = await approved(swing, reversed, 'AN1', '06-07', 10);
    await approved(swing, reversed, 'AN1', '06-08', 5);
    const scorer = await arrangeUser(t, swing.unit, Role.SCORER);
    const proposal = expectOk(
      await t.gql(PROPOSE, { input: { entryId, kind: 'REVERSAL', reason: '重复登记' } }, swing.council.token),
    ).proposeLedgerCorrection;
    expectOk(await t.gql(CONFIRM, { id: proposal.id }, scorer.token));
  }

  /**
   * The village admin registers five acts on one night (22:30 to 01:05) and three in the afternoon
   * after; the council four on the same night and a fifth at 06:00, when the night is over.
   */
  async function arrangeNights(): Promise<void> {
    const resident = await villager(night, '夜登记己');
    const evening = chinaDaysAgo(3);
    const morning = nextDay(evening);
    const registerAll = async (token: string, n: number, firstDay: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const actedOn = on(`06-${String(firstDay + i).padStart(2, '0')}`);
        ids.push(await register(t, token, { residentId: resident, itemCode: 'AN1', actedOn }));
      }
      return ids;
    };
    const byAdmin = await registerAll(night.admin.token, 8, 1);
    await retime(t, byAdmin, [
      `${evening} 22:30`,
      `${evening} 23:10`,
      `${evening} 23:50`,
      `${morning} 00:20`,
      `${morning} 01:05`,
      `${morning} 14:00`,
      `${morning} 14:10`,
      `${morning} 14:20`,
    ]);
    declarations.nightAdmin = byAdmin.slice(0, 5);
    const byCouncil = await registerAll(night.council.token, 5, 11);
    await retime(t, byCouncil, [
      `${evening} 22:00`,
      `${evening} 22:40`,
      `${morning} 02:00`,
      `${morning} 05:59`,
      `${morning} 06:00`,
    ]);
  }

  /** The admin registers 30 acts at one sitting, the council 29. */
  async function arrangeBursts(): Promise<void> {
    const residents = [
      await villager(bulk, '批量庚'),
      await villager(bulk, '批量辛'),
      await villager(bulk, '批量壬'),
    ];
    const sitting = async (token: string, n: number, firstDay: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const day = `06-${String(Math.floor(i / 3) + firstDay).padStart(2, '0')}`;
        ids.push(
          await register(t, token, { residentId: residents[i % 3], itemCode: 'AN1', actedOn: on(day) }),
        );
      }
      return ids;
    };
    declarations.bulkAdmin = await sitting(bulk.admin.token, ANOMALY_THRESHOLDS.hourlyRegistrations, 1);
    await sitting(bulk.council.token, ANOMALY_THRESHOLDS.hourlyRegistrations - 1, 11);
  }

  /**
   * One photo for two residents' acts; another photo for one act registered twice (rejected first,
   * then registered again with the same photo): the same act, not reuse.
   */
  async function arrangeEvidence(): Promise<void> {
    const a = await villager(evidence, '照片癸');
    const b = await villager(evidence, '照片子');
    declarations.reused = [
      await register(t, evidence.admin.token, {
        residentId: a,
        itemCode: 'AN1',
        actedOn: on('06-10'),
        photos: ['shared'],
      }),
      await register(t, evidence.admin.token, {
        residentId: b,
        itemCode: 'AN1',
        actedOn: on('06-11'),
        photos: ['shared'],
      }),
    ];
    const c = await villager(evidence, '照片丑');
    const first = await register(t, evidence.admin.token, {
      residentId: c,
      itemCode: 'AN1',
      actedOn: on('06-12'),
      photos: ['own'],
    });
    await decide(t, evidence.council.token, first, { rejectReason: '照片看不清，请重新登记' });
    await register(t, evidence.admin.token, {
      residentId: c,
      itemCode: 'AN1',
      actedOn: on('06-12'),
      photos: ['own'],
    });
  }

  /**
   * 审核寅 (of household one, with a login) is made a reviewer; she approves 卯's act (household two)
   * and 辰's (household two). 卯 then moves into her household: her approval of him is now one of her
   * own household's; the one of 辰, who stays, is not.
   */
  async function arrangeHouseholdReview(): Promise<void> {
    householdOne = await arrangeHousehold(t, house);
    const householdTwo = await arrangeHousehold(t, house);
    const reviewer = await arrangeResident(t, house, {
      name: '审核寅',
      roles: [S.VILLAGER],
      householdId: householdOne,
      login: true,
    });
    people['审核寅'] = reviewer.id;
    const reviewerUser = reviewer.user as ArrangedUser;
    people.reviewerUser = reviewerUser.id;
    expectOk(
      await t.gql(
        GRANT_ROLE,
        { input: { userId: reviewerUser.id, role: 'CREDIT_COUNCIL', unitId: house.id } },
        house.admin.token,
      ),
    );
    const mao = await villager(house, '迁入卯', householdTwo);
    const chen = await villager(house, '同村辰', householdTwo);
    declarations.movedIn = [
      await register(t, house.admin.token, { residentId: mao, itemCode: 'AN1', actedOn: on('06-12') }),
    ];
    await decide(t, reviewerUser.token, declarations.movedIn[0], { points: 3 });
    const other = await register(t, house.admin.token, {
      residentId: chen,
      itemCode: 'AN1',
      actedOn: on('06-13'),
    });
    await decide(t, reviewerUser.token, other, { points: 3 });
    await t.app.get(ResidentService).update(house.system, { residentId: mao, householdId: householdOne });
  }

  const alertsIn = async (village: ArrangedVillage, kind: AnomalyKind): Promise<Alert[]> =>
    expectOk(await t.gql(ALERTS, { unitId: village.id, kind, limit: 100 }, townAdminOf_(village).token))
      .anomalyAlerts.items;
  const townAdminOf_ = (village: ArrangedVillage) => (village.town.id === townA.id ? townAdminA : townAdminB);

  it('raises each rule’s anomaly with its evidence, and nothing for the near misses', async () => {
    await detect(t, district.unit.id);

    const swings = await alertsIn(swing, 'POINTS_SWING');
    expect(swings.map((a) => a.subjectId).sort()).toEqual([people['涨分甲'], people['扣分乙']].sort());
    const gain = swings.find((a) => a.subjectId === people['涨分甲']) as Alert;
    expect(gain.summary).toContain('净增加 24 分');
    expect(JSON.parse(gain.evidence)).toMatchObject({
      month: `${DEMO_YEAR}-06`,
      netPoints: 24,
      entryCount: 3,
      threshold: 20,
    });
    expect(gain.declarationIds).toHaveLength(3);
    const loss = swings.find((a) => a.subjectId === people['扣分乙']) as Alert;
    expect(JSON.parse(loss.evidence)).toMatchObject({ netPoints: -21, lostPoints: -21 });

    const nights = await alertsIn(night, 'NIGHT_BULK');
    expect(nights.map((a) => a.subjectId)).toEqual([night.admin.id]);
    expect(JSON.parse(nights[0].evidence)).toMatchObject({
      registrations: 5,
      threshold: 5,
      night: chinaDaysAgo(3),
    });
    expect(nights[0].declarationIds.sort()).toEqual([...declarations.nightAdmin].sort());

    const bursts = await alertsIn(bulk, 'BULK_BY_ONE');
    expect(bursts.map((a) => a.subjectId)).toEqual([bulk.admin.id]);
    expect(bursts[0].declarationIds.sort()).toEqual([...declarations.bulkAdmin].sort());
    expect(bursts[0].summary).toContain('代为登记 30 条');

    const reused = await alertsIn(evidence, 'EVIDENCE_REUSED');
    expect(reused).toHaveLength(1);
    expect(reused[0].declarationIds.sort()).toEqual([...declarations.reused].sort());
    expect(reused[0].residentIds.sort()).toEqual([people['照片癸'], people['照片子']].sort());
    expect(JSON.parse(reused[0].evidence).sha256).toMatch(/^[0-9a-f]{64}$/);

    const own = await alertsIn(house, 'SELF_HOUSEHOLD_REVIEW');
    expect(own.map((a) => a.subjectId)).toEqual([people.reviewerUser]);
    expect(own[0].declarationIds).toEqual(declarations.movedIn);
    expect(own[0].summary).toContain('迁入卯');
    expect(JSON.parse(own[0].evidence)).toMatchObject({
      householdId: householdOne,
      reviewerResidentId: people['审核寅'],
    });
  });

  it('raises each anomaly once and tells each admin once, run after run and in parallel', async () => {
    await Promise.all([
      detect(t, district.unit.id),
      detect(t, district.unit.id),
      detect(t, district.unit.id),
    ]);
    expect(await detect(t, district.unit.id)).toEqual([]);
    const keys = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM anomaly_alert WHERE district_id = $1
        GROUP BY village_id, kind, subject_key, window_key HAVING count(*) > 1`,
      [district.unit.id],
    );
    expect(keys).toEqual([]);
    for (const [village, kind, n] of [
      [swing, 'POINTS_SWING', 2],
      [night, 'NIGHT_BULK', 1],
      [bulk, 'BULK_BY_ONE', 1],
      [evidence, 'EVIDENCE_REUSED', 1],
      [house, 'SELF_HOUSEHOLD_REVIEW', 1],
    ] as [ArrangedVillage, AnomalyKind, number][]) {
      expect({ kind, n: (await alertsIn(village, kind)).length }).toEqual({ kind, n });
    }
    // Each alert reached its village's admin and its town's admin, once each.
    const messages = await t.db.adminQuery<{ alert: string; recipient: string; n: number }>(
      `SELECT a.id AS alert, m.recipient_user_id AS recipient, count(*)::int AS n
         FROM anomaly_alert a JOIN notification m ON m.link_type = 'ANOMALY_ALERT' AND m.link_id = a.id
        WHERE a.district_id = $1 GROUP BY a.id, m.recipient_user_id`,
      [district.unit.id],
    );
    const [night1] = await alertsIn(night, 'NIGHT_BULK');
    expect(
      messages
        .filter((m) => m.alert === night1.id)
        .map((m) => m.recipient)
        .sort(),
    ).toEqual([night.admin.id, townAdminA.id].sort());
    expect(messages.every((m) => m.n === 1)).toBe(true);
  });

  it('never acts: the ledger, declarations, reviews and households stay exactly as they were', async () => {
    const before = await untouchable(t, district.unit.id);
    await detect(t, district.unit.id);
    await Promise.all([detect(t, district.unit.id), detect(t, district.unit.id)]);
    expect(await untouchable(t, district.unit.id)).toEqual(before);
  });

  it('shows a village its own alerts, a town its villages’, the district all, and no one else any', async () => {
    await detect(t, district.unit.id);
    const list = async (unitId: string, token: string) => t.gql(ALERTS, { unitId, limit: 100 }, token);
    const own = expectOk(await list(swing.id, swing.admin.token)).anomalyAlerts.items;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((a) => a.villageId === swing.id)).toBe(true);
    expect(errorCode(await list(swing.id, night.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await list(swing.id, evidence.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await list(swing.id, townAdminB.token))).toBe('NOT_FOUND');
    expect(errorCode(await list(townA.id, swing.admin.token))).toBe('FORBIDDEN');
    const ofTownA = expectOk(await list(townA.id, townAdminA.token)).anomalyAlerts.items;
    expect(new Set(ofTownA.map((a) => a.villageId))).toEqual(
      new Set([swing.id, night.id, bulk.id, house.id]),
    );
    const ofTownB = expectOk(await list(townB.id, townAdminB.token)).anomalyAlerts.items;
    expect(new Set(ofTownB.map((a) => a.villageId))).toEqual(new Set([evidence.id]));
    const all = expectOk(await list(district.unit.id, district.admin.token)).anomalyAlerts;
    expect(all.total).toBe(ofTownA.length + ofTownB.length);
    // A council member reads no alerts at all (no ANOMALY_READ).
    expect(errorCode(await list(swing.id, swing.council.token))).toBe('FORBIDDEN');
    // Row-level security, not only the service: another village's transaction sees none of the rows.
    const seen = await t.app
      .get(TenantDb)
      .run(night.system, (tx) =>
        tx.query('SELECT count(*)::int AS n FROM anomaly_alert WHERE village_id = $1', [swing.id]),
      );
    expect(seen).toEqual([{ n: 0 }]);
  });

  it('is verified by appending once, by the admins in scope, never by the one it is about', async () => {
    await detect(t, district.unit.id);
    const [swingAlert] = await alertsIn(swing, 'POINTS_SWING');
    const resolve = (alertId: string, token: string, note = '已入户核实，系连续参加抗洪抢险所得') =>
      t.gql(RESOLVE, { input: { alertId, resolution: 'VERIFIED_OK', note } }, token);

    const blank = await resolve(swingAlert.id, swing.admin.token, '   ');
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(fieldOf(blank)).toBe('note');
    expect(errorCode(await resolve(swingAlert.id, night.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await resolve(swingAlert.id, townAdminB.token))).toBe('NOT_FOUND');
    expect(errorCode(await resolve(swingAlert.id, swing.council.token))).toBe('FORBIDDEN');

    const results = await Promise.all([
      resolve(swingAlert.id, swing.admin.token),
      resolve(swingAlert.id, townAdminA.token),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.find((r) => r.errors) as GqlResponse<unknown>;
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(fieldOf(refused)).toBe('alertId');
    const done = expectOk(
      results.find((r) => !r.errors) as GqlResponse<{ resolveAnomalyAlert: { status: string } }>,
    );
    expect(done.resolveAnomalyAlert.status).toBe('VERIFIED_OK');

    const open = expectOk(
      await t.gql(ALERTS, { unitId: swing.id, status: 'OPEN', limit: 100 }, swing.admin.token),
    );
    expect(open.anomalyAlerts.items.map((a) => a.id)).not.toContain(swingAlert.id);
    const verified = expectOk(
      await t.gql(ALERTS, { unitId: swing.id, status: 'VERIFIED_OK' }, swing.admin.token),
    );
    expect(verified.anomalyAlerts.items.map((a) => a.id)).toEqual([swingAlert.id]);
    expect(verified.anomalyAlerts.items[0].resolution?.note).toContain('抗洪');

    // The night's batch was the village admin's own: the town verifies it.
    const [nightAlert] = await alertsIn(night, 'NIGHT_BULK');
    expect(errorCode(await resolve(nightAlert.id, night.admin.token))).toBe('FORBIDDEN');
    const handled = await t.gql(
      RESOLVE,
      { input: { alertId: nightAlert.id, resolution: 'HANDLED', note: '已提醒村干部白天登记' } },
      townAdminA.token,
    );
    expect(expectOk(handled).resolveAnomalyAlert.status).toBe('HANDLED');

    // Neither the alert nor its verification can be rewritten, even by the tables' owner.
    await expect(
      t.db.adminQuery(`UPDATE anomaly_alert SET summary = '改' WHERE id = $1`, [swingAlert.id]),
    ).rejects.toThrow();
    await expect(
      t.db.adminQuery('DELETE FROM anomaly_alert_event WHERE alert_id = $1', [swingAlert.id]),
    ).rejects.toThrow();
  });
});
