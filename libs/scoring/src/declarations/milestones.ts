import type { TenantTx } from '@village/platform-tenancy';
import { MilestoneSpan, milestoneSentence, ScoringListItemEntity, showPoints } from '@village/rulebook';
import { ArrayContains } from 'typeorm';
import type { LedgerService } from '../ledger/ledger.service';
import { snapshotOfItem } from '../ledger/item-snapshot';
import type { DeclarationEntity } from './declaration.entity';

/**
 * Cumulative milestones (DOMAIN.md §13): after an approval of `code`, every milestone item of the
 * village's list that sums `code` looks at the resident's approved quantity before and after it, and
 * scores each threshold crossed — once: the entry's idempotency key names the resident, the item, the
 * span and the threshold, so a later approval never scores it again. Runs in the approval's transaction
 * under the village's scoring lock, so parallel approvals cross each threshold once, as serial ones do.
 */
export async function awardMilestones(
  tx: TenantTx,
  ledger: LedgerService,
  declaration: DeclarationEntity,
  scored: { item: ScoringListItemEntity; quantity: number | null },
  reviewedBy: string | null,
): Promise<void> {
  if (!scored.quantity) return;
  const milestoneItems = await tx.find(ScoringListItemEntity, {
    where: { listId: scored.item.listId, milestoneSources: ArrayContains([scored.item.code]) },
    order: { code: 'ASC' },
  });
  for (const item of milestoneItems) {
    const year = declaration.actedOn.slice(0, 4);
    const allYears = item.milestoneSpan === MilestoneSpan.ALL;
    const [row] = (await tx.query(
      `SELECT coalesce(sum(CASE WHEN r.decision = 'AMEND' THEN r.amended_quantity ELSE d.quantity END), 0)::float AS total
         FROM declaration d JOIN declaration_review r ON r.declaration_id = d.id
        WHERE d.resident_id = $1 AND d.status IN ('APPROVED', 'AMENDED')
          AND coalesce(r.amended_item_code, d.item_code) = ANY($2::varchar[])
          AND ($3::boolean OR d.acted_on BETWEEN $4::date AND $5::date)`,
      [declaration.residentId, item.milestoneSources, allYears, `${year}-01-01`, `${year}-12-31`],
    )) as { total: number }[];
    const after = Math.round(row.total * 100) / 100;
    const before = Math.round((after - scored.quantity) * 100) / 100;
    const unit = item.unitLabel ?? '';
    for (const milestone of item.milestones ?? []) {
      if (!(before < milestone.threshold && after >= milestone.threshold)) continue;
      const span = allYears ? 'ALL' : year;
      const key = `milestone:${declaration.residentId}:${item.code}:${span}:${milestone.threshold}`;
      const already = await tx.query(
        'SELECT 1 FROM ledger_entry WHERE village_id = $1 AND idempotency_key = $2',
        [declaration.villageId, key],
      );
      if (already.length) continue; // crossed before, e.g. after a reversal brought the total back down
      const points = item.direction === 'NEGATIVE' ? -milestone.points : milestone.points;
      await ledger.append(
        tx,
        {
          villageId: declaration.villageId,
          residentId: declaration.residentId,
          track: item.track,
          points,
          ...snapshotOfItem(item),
          quantity: after,
          actedOn: declaration.actedOn,
          reviewedBy,
          ruleNote:
            `${(item.milestoneSources ?? []).join('、')} ${allYears ? '历年' : `${year} 年`}累计 ${showPoints(after)} ${unit}，` +
            `达到 ${milestone.threshold} ${unit}门槛，记 ${showPoints(milestone.points)} 分；${milestoneSentence(item)}`,
        },
        key,
      );
    }
  }
}
