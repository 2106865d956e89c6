import type { INestApplicationContext } from '@nestjs/common';
import { ContextLoader } from '@village/platform-auth';
import { todayInChina } from '@village/platform-common';
import { TenantDb, type OrgUnitEntity, type RequestContext } from '@village/platform-tenancy';
import { DAZETOU_PREVIOUS_YEAR, DAZETOU_THIS_YEAR, HOUJIAAN_YEAR } from './demo-activity.data';
import { quarterJustEnded } from './demo-activity-plan';
import { YearReplay, type Actors } from './demo-year-replay';
import { DEMO_MANUAL, DEMO_OTHER_LIST, DEMO_OTHER_MANUAL, DEMO_SCORING_LIST } from './demo-rulebook.data';
import {
  existingFramework,
  seedDemoFramework,
  seedDemoList,
  seedDemoManual,
  unitNamed,
} from './seed-demo-rulebook';
import { DEMO_YEAR } from './demo-year';
import { DemoIncentives, type DemoIncentivesResult } from './seed-demo-incentives';
import { DemoReporting } from './seed-demo-reporting';

export interface DemoActivityResult {
  ms: number;
  declarations: number;
  tallies: number;
  /** How the results are used (seed-demo-incentives.ts), part of `ms`. */
  incentives: DemoIncentivesResult;
  /** Meetings, volunteer activities and outcome records (seed-demo-reporting.ts): steps run. */
  reportingSteps: number;
}

/**
 * The demo's activity (issue 4 item 10): 大泽头村's previous year complete — declarations approved,
 * rejected and amended, four quarters tallied, posted and final with one upheld and one dismissed
 * objection, December appraisal ratings, the year graded, posted and final — and the current year up to
 * today (ended quarters final, this month's declarations pending); 侯家庵村 lighter, both years, with the
 * quarter that has just ended left untallied for a newcomer to walk through the cycle. Every
 * step goes through the real services as the demo users, inside `runAsOf(<that step's date>)`, so the
 * date rules, ledger chain, tallies and inbox are exactly what the live system would have produced.
 * Then how the results are used (seed-demo-incentives.ts): shops and redemptions, honours, last year's
 * cases and a payout plan, interleaved with 大泽头村's replay in calendar order; and each village's meetings,
 * volunteer activities and outcome records (seed-demo-reporting.ts), interleaved with its own replay.
 * Runs after the base seed has committed; steps dated after today are left for the real calendar.
 */
export async function seedDemoActivity(
  app: INestApplicationContext,
  units: Map<string, OrgUnitEntity>,
  system: RequestContext,
): Promise<DemoActivityResult> {
  const started = Date.now();
  const today = todayInChina();
  const previous = DEMO_YEAR - 1;
  const db = app.get(TenantDb);
  await db.run(system, async (tx) => {
    const district = unitNamed(units, '文登区');
    const lastYear = await seedDemoFramework(tx, district, previous);
    const songcun = await seedDemoManual(
      tx,
      unitNamed(units, DEMO_MANUAL.town),
      lastYear,
      DEMO_MANUAL,
      previous,
    );
    await seedDemoList(tx, unitNamed(units, DEMO_SCORING_LIST.village), songcun, DEMO_SCORING_LIST, previous);
    const town = unitNamed(units, DEMO_OTHER_MANUAL.town);
    const village = unitNamed(units, DEMO_OTHER_LIST.village);
    for (const [year, framework] of [
      [previous, lastYear],
      [DEMO_YEAR, await existingFramework(tx, district.districtId, DEMO_YEAR)],
    ] as const) {
      const manual = await seedDemoManual(tx, town, framework, DEMO_OTHER_MANUAL, year);
      await seedDemoList(tx, village, manual, DEMO_OTHER_LIST, year);
    }
  });

  const contexts = await userContexts(app, db, system);
  const actors = async (
    village: string,
    admin: string,
    council: string,
    resident?: string,
  ): Promise<Actors> => {
    const unit = unitNamed(units, village);
    const rows = (await db.run(system, (tx) =>
      tx.query('SELECT id, name FROM resident WHERE village_id = $1', [unit.id]),
    )) as { id: string; name: string }[];
    return {
      village: unit,
      admin: contexts(admin),
      council: contexts(council),
      resident: resident ? contexts(resident) : null,
      residents: new Map(rows.map((r) => [r.name, r.id])),
    };
  };
  const dazetou = await actors('大泽头村', 'dazetou-admin', 'dazetou-council', 'dazetou-resident');
  const houjiaan = await actors('侯家庵村', 'houjiaan-admin', 'houjiaan-council', 'houjiaan-resident');
  // The quarter a newcomer can walk through tally → notice → objection → final (README, "try the
  // cycle"): in 侯家庵村 the quarter that has just ended is left untallied, whatever the day of seeding.
  const walkable = quarterJustEnded(today);
  const untalliedIn = (year: number) => (walkable.year === year ? walkable.quarter : null);

  // Shops, redemptions, honours, cases and the payout plan, in calendar order with 大泽头村's years;
  // each village's meetings, activities and outcome records with its own years.
  const incentives = new DemoIncentives(app, system, contexts, units, dazetou.residents, today);
  const reporting = new Map(
    [dazetou, houjiaan].map((who) => {
      // 宋村镇 has a demo admin (its own honour is in 大泽头村's story); 文登营镇 has none.
      const townAdmin = who === dazetou ? contexts('songcun-admin') : undefined;
      return [who, new DemoReporting(app, { ...who, townAdmin }, today)] as const;
    }),
  );
  const totals = { declarations: 0, tallies: 0 };
  for (const [who, year, data, untallied] of [
    [dazetou, previous, DAZETOU_PREVIOUS_YEAR, null],
    [houjiaan, previous, HOUJIAAN_YEAR, untalliedIn(previous)],
    [dazetou, DEMO_YEAR, DAZETOU_THIS_YEAR, null],
    [houjiaan, DEMO_YEAR, HOUJIAAN_YEAR, untalliedIn(DEMO_YEAR)],
  ] as const) {
    const ownReporting = reporting.get(who) as DemoReporting;
    const catchUp = async (day: string) => {
      if (who === dazetou) await incentives.until(day);
      await ownReporting.until(day);
    };
    const replay = new YearReplay(app, db, system, who, year, data, today, untallied, catchUp);
    const counts = await replay.run();
    totals.declarations += counts.declarations;
    totals.tallies += counts.tallies;
  }
  const used = await incentives.finish();
  let reportingSteps = 0;
  for (const story of reporting.values()) reportingSteps += (await story.finish()).steps;
  return { ms: Date.now() - started, ...totals, incentives: used, reportingSteps };
}

/** The demo users' contexts, built as a request of theirs would be (ContextLoader), by username. */
async function userContexts(
  app: INestApplicationContext,
  db: TenantDb,
  system: RequestContext,
): Promise<(username: string) => RequestContext> {
  const rows = (await db.run(system, (tx) => tx.query('SELECT id, username FROM app_user'))) as {
    id: string;
    username: string;
  }[];
  const loader = app.get(ContextLoader);
  const built = new Map<string, RequestContext>();
  for (const row of rows) built.set(row.username, await loader.forUserId(row.id));
  return (username) => {
    const ctx = built.get(username);
    if (!ctx) throw new Error(`demo activity: no demo user ${username}`);
    return ctx;
  };
}
