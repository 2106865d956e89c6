import { CADRE_SUBJECTS, SUBJECT_TYPE_LABELS, SubjectType, type FieldError } from '@village/platform-common';
import type { ItemFields } from '../common/item-columns';
import { ItemDirection, ScoreTrack } from '../common/item-enums';
import { pointRuleProblems, type PointRuleFields } from './point-rule-sanity';

/**
 * The subjects that have a role-duty score: the score rules weigh a role-duty track only for party
 * members and representatives (partyMember… / representative…RoleDutyWeight); everyone else is scored
 * on the credit track alone.
 */
export const ROLE_DUTY_SUBJECTS: readonly SubjectType[] = [
  SubjectType.PARTY_MEMBER,
  SubjectType.REPRESENTATIVE,
  ...CADRE_SUBJECTS,
];

type SanityFields = PointRuleFields & Pick<ItemFields, 'subjectTypes' | 'veto'>;

/**
 * Rules an item must satisfy before it is published (framework, town manual) or adopted (village
 * list). Drafts may be in any state while they are worked on; these checks run when they take effect.
 * Each problem names the item: `<prefix>.<code>.<field>`.
 */
export function itemSanityProblems(items: readonly SanityFields[], prefix: string): FieldError[] {
  const problems: FieldError[] = [];
  for (const item of items) {
    const label = `事项「${item.code} ${item.name}」`;
    if (item.veto && item.direction !== ItemDirection.NEGATIVE) {
      problems.push({
        field: `${prefix}.${item.code}.veto`,
        reasons: [`${label}是加分项，不能设为一票否决项（一票否决只适用于扣分项）`],
      });
    }
    const withoutRoleDuty = item.subjectTypes.filter((s) => !ROLE_DUTY_SUBJECTS.includes(s));
    if (item.track === ScoreTrack.ROLE_DUTY && withoutRoleDuty.length) {
      problems.push({
        field: `${prefix}.${item.code}.subjectTypes`,
        reasons: [
          `${label}计入角色职责积分，但${withoutRoleDuty.map((s) => SUBJECT_TYPE_LABELS[s]).join('、')}没有角色职责积分（只有党员、村民代表和村干部有）`,
        ],
      });
    }
  }
  return [...problems, ...pointRuleProblems(items, prefix)];
}
