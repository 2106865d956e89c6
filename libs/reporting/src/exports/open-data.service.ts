import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '@village/platform-auth';
import { isUuid, NotFoundException, Permission } from '@village/platform-common';
import { OrgLevel, OrgUnitEntity, TenantDb, type RequestContext } from '@village/platform-tenancy';
import { BASE_FIGURES, YEAR_ONLY, type PeriodKindKey } from '../dashboards/base-figures';
import { officeInDistrict } from './office-access';

export type OpenDataValue = string | number | null;
/** One village × period: the place and period columns, every base figure, computed_at. */
export type OpenDataRow = Record<string, OpenDataValue>;

export interface OpenData {
  district: OrgUnitEntity;
  year: number;
  rows: OpenDataRow[];
}

interface FigureGroup {
  district_code: string;
  district_name: string;
  town_code: string;
  town_name: string;
  village_code: string;
  village_name: string;
  period_kind: PeriodKindKey;
  period_number: number;
  figures: Record<string, number | string>;
  computed_at: Date;
}

const NOT_FOUND = 'districtId：找不到该区，或您无权导出其数据';

/**
 * A district's base figures for a year, one row per village and period (the year, its quarters and
 * months), read from the roll-up (village_figure) as the caller: a staff account of the district gets
 * every village it may see under row-level security — a town's staff its villages, a village's its
 * own. The columns follow BASE_FIGURES, whatever it holds; a year-only figure is empty on the quarter
 * and month rows (the roll-up keeps it on the year row). Counts and sums only: no row of a person.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  openData(ctx: RequestContext, districtId: string, year: number): Promise<OpenData> {
    return this.db.run(ctx, async (tx) => {
      if (!isUuid(districtId) || !officeInDistrict(ctx, Permission.ORG_READ, districtId)) {
        throw new NotFoundException(NOT_FOUND);
      }
      const district = await tx.findOne(OrgUnitEntity, {
        where: { id: districtId, level: OrgLevel.DISTRICT },
      });
      if (!district) throw new NotFoundException(NOT_FOUND);
      const groups = (await tx.query(
        `SELECT d.code AS district_code, d.name AS district_name, t.code AS town_code, t.name AS town_name,
                v.code AS village_code, v.name AS village_name, f.period_kind, f.period_number,
                jsonb_object_agg(f.figure, f.value) AS figures, max(f.computed_at) AS computed_at
           FROM village_figure f
           JOIN org_unit v ON v.id = f.village_id
           JOIN org_unit t ON t.id = f.town_id
           JOIN org_unit d ON d.id = f.district_id
          WHERE f.district_id = $1 AND f.year = $2
          GROUP BY d.code, d.name, t.code, t.name, v.code, v.name, f.village_id, f.period_kind, f.period_number
          ORDER BY t.code, v.code, CASE f.period_kind WHEN 'YEAR' THEN 0 WHEN 'QUARTER' THEN 1 ELSE 2 END,
                   f.period_number`,
        [districtId, year],
      )) as FigureGroup[];
      await this.audit.recordIn(tx, 'exportOpenData', AuditOutcome.SUCCESS, {
        unit: district,
        detail: { districtId, year, rows: groups.length },
      });
      return { district, year, rows: groups.map((g) => rowOf(g, year)) };
    });
  }
}

function rowOf(g: FigureGroup, year: number): OpenDataRow {
  const row: OpenDataRow = {
    district_code: g.district_code,
    district_name: g.district_name,
    town_code: g.town_code,
    town_name: g.town_name,
    village_code: g.village_code,
    village_name: g.village_name,
    year,
    period_kind: g.period_kind,
    period_number: Number(g.period_number),
  };
  for (const figure of BASE_FIGURES) {
    const value = g.figures[figure];
    const kept = g.period_kind === 'YEAR' || !YEAR_ONLY.has(figure);
    row[figure] = kept && value !== undefined && value !== null ? Number(value) : null;
  }
  row.computed_at = new Date(g.computed_at).toISOString();
  return row;
}
