import { formatPoints } from '@village/web';
import type { DeclareItemsData } from './declare-documents';

export type DeclarableItem = NonNullable<DeclareItemsData['villageScoringList']>['items'][number];
type Resident = NonNullable<DeclareItemsData['myResident']>;

/** How an item scores, in the words a villager would use: "每小时 0.5 分，每次最多 10 分". */
export function ruleInPlainWords(item: DeclarableItem): string[] {
  const parts: string[] = [];
  const p = formatPoints;
  if (item.amountBands?.length || item.pointLevels?.length || item.capGroup) {
    // Bands, levels and shared caps: the API's own sentence, the one the reviewer reads.
    parts.push(item.rule);
  } else if (item.perUnitPoints !== null) {
    parts.push(`每${item.unitLabel ?? '单位'} ${p(item.perUnitPoints)} 分，每次最多 ${p(item.pointsMax)} 分`);
  } else if (item.pointsMin === item.pointsMax) {
    parts.push(`每次 ${p(item.pointsMax)} 分`);
  } else {
    parts.push(`每次 ${p(item.pointsMin)} 到 ${p(item.pointsMax)} 分，由审核人按实际情况定`);
  }
  if (!item.capGroup && item.capPerMonth !== null) parts.push(`每月最多 ${p(item.capPerMonth)} 分`);
  if (!item.capGroup && item.capPerQuarter !== null) parts.push(`每季度最多 ${p(item.capPerQuarter)} 分`);
  if (!item.capGroup && item.capPerYear !== null) parts.push(`每年最多 ${p(item.capPerYear)} 分`);
  if (item.track === 'ROLE_DUTY') parts.push('记入角色职责积分');
  if (item.household) parts.push('以户为单位，由户主申报');
  if (item.validityMonths !== null) parts.push(`有效期 ${item.validityMonths} 个月`);
  if (item.evidenceRequired) parts.push('需要拍照或上传佐证材料');
  return parts;
}

/** What the declaration would ask for, if it is known before review (fixed or per-unit points). */
export function pointsAsked(item: DeclarableItem, quantity: number | null): number | null {
  if (item.amountBands?.length) return null; // the band table is applied at review
  if (item.perUnitPoints !== null) {
    if (quantity === null || !(quantity > 0)) return null;
    return Math.min(item.perUnitPoints * quantity, item.pointsMax);
  }
  return item.pointsMin === item.pointsMax ? item.pointsMax : null;
}

/**
 * The items a resident may declare for an act on `actedOn`: positive ones (deductions are registered by
 * cadres), for a subject role the resident held that day, household items only for the household head —
 * the same rules the API applies (declaration-checks.ts), so the list does not offer what it refuses.
 */
export function itemsForMe(items: DeclarableItem[], me: Resident, actedOn: string): DeclarableItem[] {
  const held = new Set(
    me.subjectRoles
      .filter((r) => r.startDate <= actedOn && (r.endDate === null || r.endDate >= actedOn))
      .map((r) => r.subjectType),
  );
  const head = me.household?.headResidentId === me.id;
  return items.filter(
    // Milestone items score themselves when a total is reached; nobody declares them.
    (i) =>
      !i.milestones?.length &&
      i.direction === 'POSITIVE' &&
      i.subjectTypes.some((t) => held.has(t)) &&
      (!i.household || head),
  );
}
