import { Injectable } from '@nestjs/common';
import { todayInChina } from '@village/platform-common';
import { TenantDb, type TenantTx } from '@village/platform-tenancy';
import { districtContext } from '../public-notice/digest-log.service';
import { FINGERPRINT_QUERY, villageYearFigures } from './figure-queries';

interface VillageKeys {
  id: string;
  district_id: string;
  town_id: string;
}

/**
 * Keeps `village_figure` current: per village whose watermark (its fingerprint) moved since the last
 * run, this year's and last year's figures are recomputed from the base tables and written in one
 * statement, with the new watermark, in one transaction per village. Run by the figures job
 * (apps/api/src/runtime/figures-job.ts) and by tests; idempotent.
 */
@Injectable()
export class FiguresRefreshService {
  constructor(private readonly db: TenantDb) {}

  /** Refreshes the district's villages that changed; the number refreshed. */
  async refreshDistrict(districtId: string, options: { force?: boolean } = {}): Promise<number> {
    const ctx = districtContext(districtId);
    const villages = (await this.db.run(ctx, (tx) =>
      tx.query(`SELECT id, district_id, town_id FROM org_unit WHERE level = 'VILLAGE' AND district_id = $1`, [
        districtId,
      ]),
    )) as VillageKeys[];
    let refreshed = 0;
    for (const village of villages) {
      if (await this.db.run(ctx, (tx) => refreshVillage(tx, village, options.force ?? false))) refreshed += 1;
    }
    return refreshed;
  }
}

async function refreshVillage(tx: TenantTx, village: VillageKeys, force: boolean): Promise<boolean> {
  // One refresher per village at a time; a second waits and then finds the watermark current.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('village-figures:' || $1))`, [village.id]);
  const today = todayInChina();
  const [{ fingerprint }] = (await tx.query(FINGERPRINT_QUERY, [village.id, today])) as {
    fingerprint: string;
  }[];
  const [mark] = (await tx.query('SELECT fingerprint FROM village_figure_watermark WHERE village_id = $1', [
    village.id,
  ])) as { fingerprint: string }[];
  if (!force && mark?.fingerprint === fingerprint) return false;
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year]) {
    // A year the village did not run (no scoring year opened) has no figures, not figures of zero:
    // "上年同期" then stays empty instead of claiming a year with nobody taking part.
    const [ran] = (await tx.query(
      'SELECT 1 FROM scoring_period WHERE village_id = $1 AND year = $2 LIMIT 1',
      [village.id, y],
    )) as unknown[];
    if (!ran) continue;
    const rows = await villageYearFigures(tx, village.id, y, today);
    await tx.query(
      `INSERT INTO village_figure (district_id, town_id, village_id, year, period_kind, period_number, figure, value)
       SELECT $1, $2, $3, $4, k, n, f, v
         FROM unnest($5::varchar[], $6::int[], $7::varchar[], $8::numeric[]) AS x(k, n, f, v)
       ON CONFLICT (village_id, year, period_kind, period_number, figure)
       DO UPDATE SET value = EXCLUDED.value, computed_at = now()
       WHERE village_figure.value IS DISTINCT FROM EXCLUDED.value`,
      [
        village.district_id,
        village.town_id,
        village.id,
        y,
        rows.map((r) => r.kind),
        rows.map((r) => r.number),
        rows.map((r) => r.figure),
        rows.map((r) => r.value),
      ],
    );
  }
  await tx.query(
    `INSERT INTO village_figure_watermark (district_id, town_id, village_id, fingerprint)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (village_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, computed_at = now()`,
    [village.district_id, village.town_id, village.id, fingerprint],
  );
  return true;
}
