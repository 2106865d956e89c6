import { BadInputException, notFound, Permission, registerLabelledEnum } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import {
  EvaluationItemEntity,
  FrameworkEntity,
  ManualAdjustmentEntity,
  RuleStatus,
  TownItemEntity,
  TownManualEntity,
  ruleYear,
  type ScoreRules,
} from '@village/rulebook';

/** What is previewed: a town's draft manual or a district's draft framework. */
export enum PreviewDraftKind {
  MANUAL = 'MANUAL',
  FRAMEWORK = 'FRAMEWORK',
}
registerLabelledEnum(PreviewDraftKind, 'PreviewDraftKind', '预览的草稿类型', {
  MANUAL: '镇操作手册草稿',
  FRAMEWORK: '区评分框架草稿',
});

/** A town manual's own parts: how it treats the framework's items and what it adds. */
export interface ManualParts {
  adjustments: ManualAdjustmentEntity[];
  townItems: TownItemEntity[];
}

/** The draft under preview, with what every village's draft items are built from. */
export interface PreviewDraft {
  kind: PreviewDraftKind;
  id: string;
  title: string;
  version: number;
  districtId: string;
  /** The manual's town; null for a framework (the whole district). */
  townId: string | null;
  /** The score rules the draft grades by: the draft framework's, or those of the manual's framework. */
  rules: ScoreRules;
  /** The year of that framework. */
  frameworkYear: number;
  frameworkItems: EvaluationItemEntity[];
  /** The draft manual's parts; null for a framework, whose villages keep their own town's manual. */
  manual: ManualParts | null;
}

export interface PreviewDraftRef {
  manualId?: string | null;
  frameworkId?: string | null;
}

export async function manualParts(tx: TenantTx, manualId: string): Promise<ManualParts> {
  // One after another: a transaction's statements share one connection.
  const adjustments = await tx.find(ManualAdjustmentEntity, { where: { manualId } });
  const townItems = await tx.find(TownItemEntity, { where: { manualId }, order: { position: 'ASC' } });
  return { adjustments, townItems };
}

const frameworkItems = (tx: TenantTx, frameworkId: string) =>
  tx.find(EvaluationItemEntity, { where: { frameworkId }, order: { position: 'ASC' } });

/**
 * The draft a caller may preview: who may edit it may preview it (MANUAL_MANAGE over the manual's
 * town, FRAMEWORK_MANAGE over the framework's district). Another tier's draft is invisible under
 * row-level security and answers NOT_FOUND; a published version has nothing left to preview.
 */
export async function requirePreviewDraft(tx: TenantTx, ref: PreviewDraftRef): Promise<PreviewDraft> {
  if (!ref.manualId === !ref.frameworkId) {
    throw BadInputException.field(
      ref.manualId ? 'frameworkId' : 'manualId',
      '请指定要预览的一份草稿：镇操作手册（manualId）或区评分框架（frameworkId），二者选一',
    );
  }
  if (ref.manualId) {
    const manual = await tx.findOne(TownManualEntity, { where: { id: ref.manualId } });
    if (!manual) throw notFound('manualId', '镇操作手册');
    const label = `镇操作手册「${manual.title}」第 ${manual.version} 版`;
    tx.ctx.assertCan(Permission.MANUAL_MANAGE, { ...manual, name: label });
    assertDraft(manual.status, 'manualId', label);
    const framework = await tx.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
    return {
      kind: PreviewDraftKind.MANUAL,
      id: manual.id,
      title: manual.title,
      version: manual.version,
      districtId: manual.districtId,
      townId: manual.townId,
      rules: framework.rules,
      frameworkYear: framework.year,
      frameworkItems: await frameworkItems(tx, framework.id),
      manual: await manualParts(tx, manual.id),
    };
  }
  const framework = await tx.findOne(FrameworkEntity, { where: { id: ref.frameworkId as string } });
  if (!framework) throw notFound('frameworkId', '区评分框架');
  const label = `区评分框架「${framework.title}」第 ${framework.version} 版`;
  tx.ctx.assertCan(Permission.FRAMEWORK_MANAGE, { ...framework, name: label });
  assertDraft(framework.status, 'frameworkId', label);
  return {
    kind: PreviewDraftKind.FRAMEWORK,
    id: framework.id,
    title: framework.title,
    version: framework.version,
    districtId: framework.districtId,
    townId: null,
    rules: framework.rules,
    frameworkYear: framework.year,
    frameworkItems: await frameworkItems(tx, framework.id),
    manual: null,
  };
}

function assertDraft(status: RuleStatus, field: string, label: string): void {
  if (status === RuleStatus.DRAFT) return;
  throw BadInputException.field(
    field,
    `${label}已发布，各村正按它计分，没有可预览的改动；请以它为底稿新建版本，在草稿上预览`,
  );
}

/**
 * The year previewed when none is asked for: the draft's own year, or this year for a draft of next
 * year (drafted in December, it has no ledger yet: this year's acts are the ones to weigh it by).
 */
export function defaultPreviewYear(draft: PreviewDraft, year: number | null | undefined): number {
  return year === null || year === undefined ? Math.min(draft.frameworkYear, ruleYear(null)) : ruleYear(year);
}
