import { ItemDirection, isQuantified, type ItemFields } from '@village/rulebook';
import { actPoints } from '@village/scoring';

/** A resident of the bench town as the act generator needs them. */
export interface BenchPerson {
  id: string;
  villageId: string;
  subjectTypes: string[];
}

/** One approved act, scored as the review would have scored it. */
export interface BenchAct {
  residentId: string;
  item: ItemFields;
  points: number;
  quantity: number | null;
  actedOn: string;
}

// Declared amounts of the demo's banded and per-yuan items (donations, money returned), in yuan.
const AMOUNTS: Record<string, number[]> = { P08: [50, 120, 300, 800, 2000, 6000], P21: [20, 52, 150, 600] };

/** About one act in this many is a veto item (赌博, 不赡养老人): rare, as in a real village. */
const VETO_EVERY = 5000;

const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)];

function dayOf(year: number, random: () => number): string {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return new Date(start + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
}

/** What a reviewer would choose: a level, a whole or half point inside the range, or nothing for a fixed value. */
function chosen(item: ItemFields, random: () => number): number | null {
  if (item.pointLevels?.length) return pick(random, item.pointLevels);
  if (item.pointsMin === item.pointsMax) return null;
  const steps = Math.floor((item.pointsMax - item.pointsMin) * 2);
  return item.pointsMin + Math.floor(random() * (steps + 1)) / 2;
}

/**
 * A year of one resident's approved acts over the items of their village's list that apply to their
 * roles (5–25 acts, 85 % rewards), each scored by the review's own rule (actPoints): per unit and
 * bands from a quantity, levels and ranges from a reviewer's choice. Milestone items score themselves
 * and are left out; a veto item is drawn about once in VETO_EVERY acts.
 */
export function yearOfActs(
  person: BenchPerson,
  items: readonly ItemFields[],
  year: number,
  random: () => number,
): BenchAct[] {
  const applies = items.filter(
    (i) => !i.milestones?.length && i.subjectTypes.some((s) => person.subjectTypes.includes(s)),
  );
  const rewards = applies.filter((i) => i.direction === ItemDirection.POSITIVE);
  const deductions = applies.filter((i) => i.direction === ItemDirection.NEGATIVE && !i.veto);
  const vetoes = applies.filter((i) => i.veto);
  const acts: BenchAct[] = [];
  const count = 5 + Math.floor(random() * 21);
  for (let n = 0; n < count; n++) {
    const pool = vetoes.length && random() < 1 / VETO_EVERY ? vetoes : random() < 0.85 ? rewards : deductions;
    if (!pool.length) continue;
    const item = pick(random, pool);
    const quantity = isQuantified(item) ? pick(random, AMOUNTS[item.code] ?? [1, 2, 3, 4, 6, 8]) : null;
    let magnitude: number;
    try {
      magnitude = actPoints(item, quantity, quantity === null ? chosen(item, random) : null).magnitude;
    } catch {
      continue; // an amount the item's rule refuses would have been refused at review
    }
    const points = item.direction === ItemDirection.NEGATIVE ? -magnitude : magnitude;
    acts.push({ residentId: person.id, item, points, quantity, actedOn: dayOf(year, random) });
  }
  return acts.sort((a, b) => a.actedOn.localeCompare(b.actedOn));
}
