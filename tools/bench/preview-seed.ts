import { createHash, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { OrgLevel, RequestContext, TenantDb, type OrgRef } from '@village/platform-tenancy';
import { mergeEffectiveItems, type ItemFields } from '@village/rulebook';
import { DEMO_MANUAL, DEMO_SCORING_LIST } from '../../apps/api/src/demo/demo-rulebook.data';
import { seedDemoFramework, seedDemoList, seedDemoManual } from '../../apps/api/src/demo/seed-demo-rulebook';
import { withoutSecondaryIndexes } from './bulk-load';
import { copyFrom, copyLine } from './copy-from-stdin';
import { yearOfActs, type BenchAct, type BenchPerson } from './preview-acts';
import { createBenchSchema, DISTRICT_ID_SQL, KIND, seedResidents } from './seed-district';
import { mulberry32 } from './seed-plan';

export interface PreviewBenchSize {
  year: number;
  villages: number;
  residentsPerVillage: number;
}

export interface SeededTown {
  district: OrgRef;
  town: OrgRef;
  villages: OrgRef[];
  /** The town's published manual (the one the lists were adopted on). */
  manualId: string;
  residents: number;
  entries: number;
  steps: [string, number][];
}

/** One NORMAL entry in this many is reversed by an entry appended at the end of its village's chain. */
const REVERSAL_EVERY = 500;

/**
 * One town of `villages` villages with `residentsPerVillage` residents each and a year of acts, on a
 * fresh bench database: org units and residents by set-based SQL as superuser (seed-district.ts), the
 * demo's framework, 宋村镇's manual and 大泽头村's list for every village through the demo seed's own
 * functions as the app role, and the ledger by COPY (triggers off for the load, as seed-district does;
 * chain hashes stand in, the preview never checks them).
 */
export async function seedPreviewTown(
  client: Client,
  db: TenantDb,
  size: PreviewBenchSize,
): Promise<SeededTown> {
  const steps: [string, number][] = [];
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    steps.push([name, performance.now() - started]);
    return result;
  };
  const plan = Array.from({ length: size.villages }, (_, i) => ({
    idx: i + 1,
    townIdx: 1,
    residents: size.residentsPerVillage,
    normalEntries: 0,
    reversals: 0,
  }));
  const units = await step('org tree and residents', async () => {
    await createBenchSchema(client, plan);
    await seedOrg(client);
    await seedResidents(client);
    return readUnits(client);
  });
  const items = await step('rulebook', () => seedRulebook(db, units, size.year));
  const entries = await step('ledger', () => seedLedger(client, units, items, size.year));
  await step('VACUUM ANALYZE', () => client.query('VACUUM ANALYZE'));
  const residents = size.villages * size.residentsPerVillage;
  return { ...units, manualId: items.manualId, residents, entries, steps };
}

async function seedOrg(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id)
     VALUES (${DISTRICT_ID_SQL}, 'DISTRICT', 'PREVIEW', '预览基准区', NULL, ${DISTRICT_ID_SQL}, NULL, NULL),
            (bench.uuid_of(${KIND.town}, 1, 0), 'TOWN', 'T001', '预览基准镇', ${DISTRICT_ID_SQL},
             ${DISTRICT_ID_SQL}, bench.uuid_of(${KIND.town}, 1, 0), NULL)`,
  );
  await client.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id)
     SELECT v.id, 'VILLAGE', 'V' || lpad(v.idx::text, 3, '0'), '基准村' || lpad(v.idx::text, 2, '0'), v.town_id,
            v.district_id, v.town_id, v.id
       FROM bench.village v`,
  );
}

async function readUnits(client: Client): Promise<Pick<SeededTown, 'district' | 'town' | 'villages'>> {
  const { rows } = await client.query<{
    id: string;
    name: string;
    level: OrgLevel;
    district_id: string;
    town_id: string | null;
    village_id: string | null;
  }>('SELECT id, name, level, district_id, town_id, village_id FROM org_unit ORDER BY level, code');
  const refs: OrgRef[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    districtId: r.district_id,
    townId: r.town_id,
    villageId: r.village_id,
  }));
  const of = (level: OrgLevel) => refs.filter((u) => u.level === level);
  return { district: of(OrgLevel.DISTRICT)[0], town: of(OrgLevel.TOWN)[0], villages: of(OrgLevel.VILLAGE) };
}

/** The demo rulebook for the town and every village; returns the items the lists froze. */
async function seedRulebook(
  db: TenantDb,
  units: Pick<SeededTown, 'district' | 'town' | 'villages'>,
  year: number,
): Promise<{ manualId: string; items: ItemFields[] }> {
  const system = RequestContext.system([{ role: 'SYSTEM', permissions: new Set(), unit: units.district }]);
  return db.run(system, async (tx) => {
    const framework = await seedDemoFramework(tx, units.district, year);
    const manual = await seedDemoManual(tx, units.town, framework, DEMO_MANUAL, year);
    for (const village of units.villages) await seedDemoList(tx, village, manual, DEMO_SCORING_LIST, year);
    const villageItems = DEMO_SCORING_LIST.villageItems.map((fields) => ({ ...fields, id: fields.code }));
    const items = mergeEffectiveItems(framework.items, manual.adjustments, manual.townItems, villageItems);
    return { manualId: manual.id, items };
  });
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every active resident's year of acts, then one reversal per REVERSAL_EVERY entries, by COPY. */
async function seedLedger(
  client: Client,
  units: Pick<SeededTown, 'district' | 'town' | 'villages'>,
  list: { items: ItemFields[] },
  year: number,
): Promise<number> {
  const { rows: people } = await client.query<BenchPerson>(
    `SELECT r.id, r.village_id AS "villageId", array_agg(s.subject_type ORDER BY s.subject_type) AS "subjectTypes"
       FROM resident r JOIN subject_role s ON s.resident_id = r.id
      WHERE r.status = 'ACTIVE' GROUP BY r.id, r.village_id ORDER BY r.village_id, r.id`,
  );
  const random = mulberry32(20261202);
  let entries = 0;
  await client.query('SET session_replication_role = replica');
  try {
    await withoutSecondaryIndexes(client, 'ledger_entry', async () => {
      for (const village of units.villages) {
        const acts = people
          .filter((p) => p.villageId === village.id)
          .flatMap((p) => yearOfActs(p, list.items, year, random))
          .sort((a, b) => a.actedOn.localeCompare(b.actedOn));
        const data = ledgerCopy(village, acts);
        entries += await copyFrom(client, `COPY ledger_entry (${COLUMNS.join(', ')}) FROM STDIN`, data);
      }
    });
  } finally {
    await client.query('SET session_replication_role = DEFAULT');
  }
  return entries;
}

const COLUMNS = [
  'district_id',
  'town_id',
  'village_id',
  'id',
  'seq',
  'kind',
  'resident_id',
  'track',
  'points',
  'item_code',
  'item_name',
  'item_points_min',
  'item_points_max',
  'quantity',
  'acted_on',
  'reverses_entry_id',
  'reason',
  'idempotency_key',
  'payload_hash',
  'prev_hash',
  'entry_hash',
];

/** A village's entries in ledger order, its reversals after them, as COPY text. */
function ledgerCopy(village: OrgRef, acts: BenchAct[]): string {
  const lines: string[] = [];
  const ids: string[] = [];
  let previous = '0'.repeat(64);
  const push = (seq: number, act: BenchAct, kind: 'NORMAL' | 'REVERSAL', reverses: string | null): string => {
    const id = randomUUID();
    const entryHash = hash(`${village.id}:${seq}`);
    const points = kind === 'REVERSAL' ? -act.points : act.points;
    lines.push(
      copyLine([
        village.districtId,
        village.townId,
        village.id,
        id,
        seq,
        kind,
        act.residentId,
        act.item.track,
        points,
        act.item.code,
        act.item.name,
        act.item.pointsMin,
        act.item.pointsMax,
        act.quantity,
        act.actedOn,
        reverses,
        reverses ? '登记有误，予以冲正' : null,
        `bench:${seq}`,
        hash(`payload:${village.id}:${seq}`),
        previous,
        entryHash,
      ]),
    );
    previous = entryHash;
    return id;
  };
  acts.forEach((act, i) => ids.push(push(i + 1, act, 'NORMAL', null)));
  let seq = acts.length;
  for (let i = REVERSAL_EVERY - 1; i < acts.length; i += REVERSAL_EVERY) {
    push(++seq, acts[i], 'REVERSAL', ids[i]);
  }
  return lines.join('');
}
