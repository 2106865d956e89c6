import { Injectable } from '@nestjs/common';
import { NotFoundException, Permission } from '@village/platform-common';
import { OrgLevel, OrgUnitEntity, RequestContext, TenantDb } from '@village/platform-tenancy';
import { YEAR_ONLY, type PeriodKindKey } from './base-figures';
import { FIGURES, figureValue } from './figure-definitions';
import { townOutcomeSums } from './town-outcomes';

export interface DashboardValue {
  key: string;
  value: number | null;
  previous: number | null;
}

export interface DashboardRow {
  unitId: string;
  unitName: string;
  values: DashboardValue[];
}

export interface Dashboard {
  unit: OrgUnitEntity;
  childLevel: OrgLevel;
  rows: DashboardRow[];
  total: DashboardRow;
  computedAt: Date | null;
}

export interface DashboardQuery {
  unitId: string;
  year: number;
  periodKind: PeriodKindKey;
  periodNumber: number;
}

const CHILD: Record<OrgLevel, OrgLevel> = {
  [OrgLevel.DISTRICT]: OrgLevel.TOWN,
  [OrgLevel.TOWN]: OrgLevel.VILLAGE,
  [OrgLevel.VILLAGE]: OrgLevel.VILLAGE,
};

/**
 * A unit's dashboard from the roll-up (village_figure) alone: a district compares its towns, a town its
 * villages, a village reads its own — each row the sums of its villages' base figures for the period and
 * the same period a year earlier, turned into the registered figures (figure-definitions.ts). Only
 * units the caller's roles cover; row-level security bounds the sums as well.
 */
@Injectable()
export class DashboardService {
  constructor(private readonly db: TenantDb) {}

  dashboard(ctx: RequestContext, q: DashboardQuery): Promise<Dashboard> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: q.unitId } });
      if (!unit || !ctx.can(Permission.ORG_READ, unit)) {
        throw new NotFoundException('unitId：找不到该单位，或您无权查看其数据');
      }
      const childLevel = CHILD[unit.level];
      const childColumn = childLevel === OrgLevel.TOWN ? 'town_id' : 'village_id';
      const children = (await tx.query(
        `SELECT id, name FROM org_unit
          WHERE level = $1 AND district_id = $2 AND ($3::uuid IS NULL OR town_id = $3) AND ($4::uuid IS NULL OR id = $4)
          ORDER BY code`,
        [childLevel, unit.districtId, unit.townId, unit.villageId],
      )) as { id: string; name: string }[];
      const sums = (await tx.query(
        `SELECT f.${childColumn} AS child_id, f.year, f.figure, sum(f.value) AS value, max(f.computed_at) AS computed_at
           FROM village_figure f
          WHERE f.district_id = $1 AND ($2::uuid IS NULL OR f.town_id = $2) AND ($3::uuid IS NULL OR f.village_id = $3)
            AND f.year IN ($4, $4 - 1)
            AND ((f.period_kind = $5 AND f.period_number = $6 AND NOT (f.figure = ANY ($7::varchar[])))
              OR (f.period_kind = 'YEAR' AND f.figure = ANY ($7::varchar[])))
          GROUP BY f.${childColumn}, f.year, f.figure`,
        [unit.districtId, unit.townId, unit.villageId, q.year, q.periodKind, q.periodNumber, [...YEAR_ONLY]],
      )) as { child_id: string; year: number; figure: string; value: string; computed_at: Date }[];
      const byChild = new Map<string, Map<number, Map<string, number>>>();
      const total = new Map<number, Map<string, number>>();
      let computedAt: Date | null = null;
      const add = (target: Map<number, Map<string, number>>, year: number, figure: string, value: number) => {
        const forYear = target.get(year) ?? new Map<string, number>();
        forYear.set(figure, (forYear.get(figure) ?? 0) + value);
        target.set(year, forYear);
      };
      for (const s of sums) {
        const child = byChild.get(s.child_id) ?? new Map();
        byChild.set(s.child_id, child);
        add(child, Number(s.year), s.figure, Number(s.value));
        add(total, Number(s.year), s.figure, Number(s.value));
        if (!computedAt || s.computed_at > computedAt) computedAt = s.computed_at;
      }
      // A town's own records: on its row when a district compares towns, in the total of a town.
      if (unit.level !== OrgLevel.VILLAGE) {
        for (const s of await townOutcomeSums(
          tx,
          unit.districtId,
          unit.townId,
          q.year,
          q.periodKind,
          q.periodNumber,
        )) {
          if (childLevel === OrgLevel.TOWN) {
            const child = byChild.get(s.town_id) ?? new Map();
            byChild.set(s.town_id, child);
            add(child, s.year, s.figure, s.value);
          }
          add(total, s.year, s.figure, s.value);
        }
      }
      const row = (unitId: string, unitName: string, data: Map<number, Map<string, number>> | undefined) => ({
        unitId,
        unitName,
        values: FIGURES.map((def) => ({
          key: def.key,
          value: figureValue(def, data?.get(q.year) ?? new Map()),
          previous: data?.has(q.year - 1)
            ? figureValue(def, data.get(q.year - 1) as Map<string, number>)
            : null,
        })),
      });
      return {
        unit,
        childLevel,
        rows: children.map((c) => row(c.id, c.name, byChild.get(c.id))),
        total: row(unit.id, `${unit.name}合计`, total),
        computedAt,
      };
    });
  }
}
