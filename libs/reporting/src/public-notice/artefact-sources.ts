import { GRADE_LABELS, type Grade, type LineEvaluation } from '@village/grading';
import {
  HonourListEntity,
  HonourNominationEntity,
  NominationStatus,
  PayoutPlanEntity,
  PayoutPlanLineEntity,
  PayoutPlanStatus,
} from '@village/incentives';
import {
  linesOf,
  periodLabel,
  PublicNoticeEntity,
  RANK_GROUP_LABELS,
  ScoreTallyEntity,
  ScoringPeriodEntity,
  ScoringPeriodKind,
} from '@village/scoring';
import { todayInChina } from '@village/platform-common';
import { OrgUnitEntity, type TenantTx } from '@village/platform-tenancy';
import { ArtefactKind, CANONICAL_FORMAT, points, type CanonicalArtefact } from './canonical-form';
import { maskName } from './name-mask';

/**
 * What each kind of posted artefact shows the public, rebuilt from the rows that hold it: a posted
 * tally notice (名次与积分, with stars and grades for the year), a town's published honour list, a
 * posted payout plan. Names masked, no ids of people, no ID numbers. The same function serves the
 * log at publication and the verify endpoint later, so an altered row gives a different digest.
 */
export interface ArtefactRef {
  kind: ArtefactKind;
  id: string;
}

export async function buildArtefact(tx: TenantTx, ref: ArtefactRef): Promise<CanonicalArtefact | null> {
  switch (ref.kind) {
    case ArtefactKind.TALLY_NOTICE:
      return tallyNotice(tx, ref.id);
    case ArtefactKind.HONOUR_LIST:
      return honourList(tx, ref.id);
    case ArtefactKind.PAYOUT_PLAN:
      return payoutPlan(tx, ref.id);
  }
}

const grade = (g: Grade | null | undefined) => (g ? GRADE_LABELS[g] : '');

async function names(tx: TenantTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const units = await tx.find(OrgUnitEntity, {
    where: ids.filter(Boolean).map((id) => ({ id: id as string })),
  });
  return new Map(units.map((u) => [u.id, u.name]));
}

async function tallyNotice(tx: TenantTx, noticeId: string): Promise<CanonicalArtefact | null> {
  const notice = await tx.findOne(PublicNoticeEntity, { where: { id: noticeId } });
  if (!notice) return null;
  const period = await tx.findOneByOrFail(ScoringPeriodEntity, { id: notice.periodId });
  const tally = await tx.findOneByOrFail(ScoreTallyEntity, { id: notice.tallyId });
  const lines = await linesOf(tx, tally);
  const unit = await names(tx, [notice.districtId, notice.townId, notice.villageId]);
  const year = period.kind === ScoringPeriodKind.YEAR;
  const columns = ['排名组', '名次', '姓名', '信用积分', '本期信用积分', '履职积分'];
  if (year) columns.push('星级', '党员等次', '村民代表等次');
  const rows = lines.map((line) => {
    const row = [
      RANK_GROUP_LABELS[line.rankGroup],
      String(line.rank),
      maskName(line.residentName),
      points(line.creditScore),
      points(line.periodCreditPoints),
      points(line.roleDutyScore),
    ];
    if (year) {
      const evaluation = line.evaluation as LineEvaluation | null;
      row.push(
        evaluation?.stars === null || evaluation?.stars === undefined ? '' : String(evaluation.stars),
        grade(evaluation?.partyMember?.grade),
        grade(evaluation?.representative?.grade),
      );
    }
    return row;
  });
  return {
    format: CANONICAL_FORMAT,
    kind: ArtefactKind.TALLY_NOTICE,
    id: notice.id,
    district: unit.get(notice.districtId) ?? '',
    town: unit.get(notice.townId) ?? '',
    village: unit.get(notice.villageId) ?? null,
    title: `${periodLabel(period)}${year ? '年度总评结果' : '积分及排名'}公示（第 ${tally.version} 版）`,
    postedOn: notice.startsOn,
    windowEndsOn: notice.endsOn,
    sourceHash: tally.contentHash,
    columns,
    rows,
  };
}

async function honourList(tx: TenantTx, listId: string): Promise<CanonicalArtefact | null> {
  const list = await tx.findOne(HonourListEntity, { where: { id: listId } });
  if (!list) return null;
  const entries = await tx.find(HonourNominationEntity, {
    where: { listId: list.id, status: NominationStatus.PUBLISHED },
    relations: { honourType: true },
  });
  const unit = await names(tx, [list.districtId, list.townId, ...entries.map((e) => e.villageId)]);
  const rows = entries
    .map((e) => [e.honourType?.name ?? '', unit.get(e.villageId) ?? '', maskName(e.residentName)])
    .sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000'), 'zh-Hans-CN'));
  return {
    format: CANONICAL_FORMAT,
    kind: ArtefactKind.HONOUR_LIST,
    id: list.id,
    district: unit.get(list.districtId) ?? '',
    town: unit.get(list.townId as string) ?? '',
    village: null,
    title: `${unit.get(list.townId as string) ?? ''} ${list.year} 年度评先选优荣誉榜`,
    postedOn: todayInChina(list.createdAt),
    windowEndsOn: null,
    sourceHash: null,
    columns: ['荣誉', '村', '姓名'],
    rows,
  };
}

async function payoutPlan(tx: TenantTx, planId: string): Promise<CanonicalArtefact | null> {
  const plan = await tx.findOne(PayoutPlanEntity, { where: { id: planId } });
  if (!plan || !plan.postedAt) return null;
  if (plan.status !== PayoutPlanStatus.POSTED && plan.status !== PayoutPlanStatus.PAID) return null;
  const lines = await tx.find(PayoutPlanLineEntity, {
    where: { villageId: plan.villageId, planId: plan.id },
    order: { position: 'ASC' },
  });
  const unit = await names(tx, [plan.districtId, plan.townId, plan.villageId]);
  return {
    format: CANONICAL_FORMAT,
    kind: ArtefactKind.PAYOUT_PLAN,
    id: plan.id,
    district: unit.get(plan.districtId) ?? '',
    town: unit.get(plan.townId) ?? '',
    village: unit.get(plan.villageId) ?? null,
    title: `${plan.title}（每分 ${(plan.centsPerPoint / 100).toFixed(2)} 元）`,
    postedOn: todayInChina(plan.postedAt),
    windowEndsOn: null,
    sourceHash: plan.digest,
    columns: ['序号', '姓名', '本期信用积分', '金额（元）'],
    rows: lines.map((l) => [
      String(l.position),
      maskName(l.residentName),
      points(l.basisPoints),
      (l.amountCents / 100).toFixed(2),
    ]),
  };
}
