import { BadInputException, type FieldError } from '@village/platform-common';
import type { ItemFields } from '../common/item-columns';

/** Consistency of one item's fields beyond what each field's validator can see. */
export function itemProblems(item: ItemFields, prefix = 'item'): FieldError[] {
  const problems: FieldError[] = [];
  if (item.pointsMin > item.pointsMax) {
    problems.push({ field: `${prefix}.pointsMin`, reasons: ['分值下限不能大于上限'] });
  }
  const quantified = (item.perUnitPoints ?? null) !== null || (item.amountBands?.length ?? 0) > 0;
  if (quantified && !item.unitLabel) {
    problems.push({ field: `${prefix}.unitLabel`, reasons: ['按数量计分的事项必须写明计量单位'] });
  }
  return problems;
}

export function assertItem(item: ItemFields, prefix = 'item'): void {
  const problems = itemProblems(item, prefix);
  if (problems.length) throw new BadInputException(problems);
}
