import { CapMode, showPoints, type ItemFields } from '@village/rulebook';
import { capWindows } from '@village/scoring';
import { round2 } from './preview-entry';

/** An act on its way through the draft's caps, in the order it was approved. */
export interface CappedAct {
  residentId: string;
  actedOn: string;
  seq: number;
  item: ItemFields;
  magnitude: number;
  note: string | null;
}

const SPANS = [
  ['capPerMonth', 'month', '月'],
  ['capPerQuarter', 'quarter', '季度'],
  ['capPerYear', 'year', '年度'],
] as const;

/**
 * The draft's caps over a resident's acts, as the review applies them at approval (declaration-checks.ts):
 * per month, quarter and year of the act, counted over the item or its cap group, in the order the acts
 * were approved (ledger order). A clamping cap scores what is left, a refusing one drops the act that
 * would pass it. Changes `acts` in place.
 */
export function applyDraftCaps(acts: CappedAct[]): void {
  const used = new Map<string, number>();
  const windowsOf = new Map<string, ReturnType<typeof capWindows>>();
  const ordered = [...acts].sort((a, b) => a.seq - b.seq);
  for (const act of ordered) {
    if (act.magnitude <= 0) continue;
    const scope = `${act.residentId}|${act.item.capGroup ?? act.item.code}`;
    let windows = windowsOf.get(act.actedOn);
    if (!windows) windowsOf.set(act.actedOn, (windows = capWindows(act.actedOn)));
    const keys: string[] = [];
    for (const [field, span, label] of SPANS) {
      const cap = act.item[field];
      if (cap === null) continue;
      const key = `${scope}|${span}|${windows[span][0]}`;
      keys.push(key);
      const before = used.get(key) ?? 0;
      if (before + act.magnitude <= cap + 1e-9) continue;
      const left = round2(cap - before);
      const what = act.item.capGroup ? `事项组 ${act.item.capGroup}` : `事项 ${act.item.code}`;
      if (act.item.capMode === CapMode.CLAMP && left > 0) {
        act.magnitude = left;
        act.note = `${what} 每${label}最多 ${cap} 分，按草案计至上限 ${showPoints(left)} 分`;
      } else {
        act.magnitude = 0;
        act.note = `${what} 每${label}最多 ${cap} 分，已计 ${showPoints(before)} 分，按草案不予计分`;
        break;
      }
    }
    if (act.magnitude <= 0) continue;
    for (const key of keys) used.set(key, round2((used.get(key) ?? 0) + act.magnitude));
  }
}
