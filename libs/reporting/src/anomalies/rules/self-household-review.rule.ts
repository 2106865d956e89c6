import { AnomalyKind, AnomalySubjectKind } from '../anomaly-enums';
import { ANOMALY_LOOKBACK } from '../anomaly-thresholds';
import { bounded, chinaDate, chineseDay, type AnomalyCandidate, type AnomalyRule } from './anomaly-candidate';
import { accountLabel } from './night-bulk.rule';

interface Row {
  review_id: string;
  district_id: string;
  town_id: string;
  village_id: string;
  reviewer: string;
  username: string | null;
  display_name: string | null;
  decision: string;
  points: string | null;
  reviewed_at: Date;
  declaration_id: string;
  item_code: string;
  acted_on: string;
  resident_id: string;
  resident_name: string;
  household_id: string | null;
  household_code: string | null;
  reviewer_resident_id: string;
  reviewer_resident_name: string;
}

/**
 * SELF_HOUSEHOLD_REVIEW — a reviewer approved (or amended and approved) a declaration about themself or
 * a member of their household: the reviewer's account is linked to a resident (resident.user_id) whose
 * household is the declaration's resident's. Review recusal (scoring's review-recusal.ts) refuses this
 * at review time; what this rule finds is what that check could not see then — a login linked to a
 * resident after the review, a household changed since, reviews from before the rule. Households are
 * read as they are when the rule runs. Raised once per review.
 */
export const selfHouseholdReviewRule: AnomalyRule = async (tx, districtId) => {
  const rows = (await tx.query(
    `SELECT v.id AS review_id, v.district_id, v.town_id, v.village_id, v.reviewer,
            u.username, u.display_name, v.decision, v.points::text AS points, v.created_at AS reviewed_at,
            d.id AS declaration_id, d.item_code, to_char(d.acted_on, 'YYYY-MM-DD') AS acted_on,
            r.id AS resident_id, r.name AS resident_name, r.household_id, h.code AS household_code,
            me.id AS reviewer_resident_id, me.name AS reviewer_resident_name
       FROM declaration_review v
       JOIN declaration d ON d.id = v.declaration_id
       JOIN resident r ON r.id = d.resident_id
       JOIN resident me ON me.user_id = v.reviewer
       LEFT JOIN household h ON h.id = r.household_id
       LEFT JOIN app_user u ON u.id = v.reviewer
      WHERE v.district_id = $1 AND v.decision IN ('APPROVE', 'AMEND')
        AND v.created_at >= now() - make_interval(days => $2)
        AND (me.id = r.id OR (r.household_id IS NOT NULL AND me.household_id = r.household_id))`,
    [districtId, ANOMALY_LOOKBACK.reviewDays],
  )) as Row[];
  return rows.map((r): AnomalyCandidate => {
    const who = accountLabel(r);
    const day = chinaDate(r.reviewed_at);
    const whose =
      r.resident_id === r.reviewer_resident_id
        ? `本人（${r.resident_name}）`
        : `同户（户号 ${r.household_code ?? '—'}）家庭成员 ${r.resident_name}`;
    return {
      kind: AnomalyKind.SELF_HOUSEHOLD_REVIEW,
      districtId: r.district_id,
      townId: r.town_id,
      villageId: r.village_id,
      subjectKind: AnomalySubjectKind.ACCOUNT,
      subjectKey: r.reviewer,
      subjectName: bounded(who, 100),
      windowKey: r.review_id,
      occurredOn: day,
      periodLabel: `${chineseDay(day)}审核`,
      summary: bounded(
        `审核人 ${who}（村民 ${r.reviewer_resident_name}）于${chineseDay(day)}` +
          `${r.decision === 'AMEND' ? '修正后通过' : '通过'}了${whose}的申报` +
          `（事项 ${r.item_code}，${r.acted_on}${r.points === null ? '' : `，${Number(r.points)} 分`}）`,
        500,
      ),
      evidence: {
        reviewId: r.review_id,
        decision: r.decision,
        points: r.points === null ? null : Number(r.points),
        reviewedAt: r.reviewed_at.toISOString(),
        reviewerAccountId: r.reviewer,
        reviewerResidentId: r.reviewer_resident_id,
        householdId: r.household_id,
        householdCode: r.household_code,
        declarationIds: [r.declaration_id],
        residentIds: [...new Set([r.resident_id, r.reviewer_resident_id])],
      },
    };
  });
};
