import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated, SubjectType } from '@village/platform-common';
import { LineEvaluationType } from '../../year-end/dto/line-evaluation.type';
import type { LineEvaluation } from '../../year-end/line-evaluation';
import type { DraftPreview, ItemChange, PeoplePreview, VillagePreview } from '../draft-preview.service';
import type {
  GradeCounts,
  ItemDelta,
  PersonFigures,
  PersonPreview,
  VillageFigures,
} from '../preview-compare';
import { PreviewDraftKind, type PreviewDraft } from '../preview-draft';

@ObjectType('PreviewItemChange', { description: '草稿与村现行清单计分不同的事项' })
export class PreviewItemChangeType {
  @Field({ description: '事项编码' })
  code: string;

  @Field({ description: '事项名称（现行清单）' })
  name: string;

  @Field({ description: '现行计分规则' })
  currentRule: string;

  @Field(() => String, { nullable: true, description: '草稿的计分规则；为空表示草稿停用或删除了该事项' })
  draftRule: string | null;

  @Field(() => Int, { description: '涉及的村数' })
  villages: number;

  static from(change: ItemChange): PreviewItemChangeType {
    return Object.assign(new PreviewItemChangeType(), change);
  }
}

@ObjectType('PreviewGradeCounts', { description: '一种身份各等次的人数' })
export class PreviewGradeCountsType implements GradeCounts {
  @Field(() => Int, { description: '优秀' })
  excellent: number;

  @Field(() => Int, { description: '合格' })
  qualified: number;

  @Field(() => Int, { description: '基本合格' })
  basic: number;

  @Field(() => Int, { description: '不合格' })
  unqualified: number;

  @Field(() => Int, { description: '不评定等次（预备党员）' })
  ungraded: number;
}

@ObjectType('PreviewStarCount', { description: '某一星级的村民人数' })
export class PreviewStarCountType {
  @Field(() => Int, { description: '星级（1–5）' })
  stars: number;

  @Field(() => Int, { description: '人数' })
  count: number;
}

@ObjectType('PreviewFigures', { description: '一个村按一套规则的年度结果：平均信用积分、等次分布、星级分布' })
export class PreviewFiguresType implements VillageFigures {
  @Field(() => Float, { nullable: true, description: '平均居民信用积分（无人参评时为空）' })
  averageCreditScore: number | null;

  @Field(() => PreviewGradeCountsType, { description: '党员等次分布' })
  partyMemberGrades: GradeCounts;

  @Field(() => PreviewGradeCountsType, { description: '村民代表等次分布' })
  representativeGrades: GradeCounts;

  @Field(() => [PreviewStarCountType], { description: '村民星级分布（一星至五星）' })
  stars: { stars: number; count: number }[];
}

@ObjectType('VillagePreview', { description: '一个村现行与按草稿的年度结果对照' })
export class VillagePreviewType {
  @Field(() => ID)
  villageId: string;

  @Field()
  villageName: string;

  @Field(() => ID)
  townId: string;

  @Field()
  townName: string;

  @Field({ description: '该村是否有该年度已通过的积分评价清单（没有则无可预览）' })
  hasList: boolean;

  @Field(() => Int, { description: '参评人数' })
  residents: number;

  @Field(() => Int, { description: '按草稿分值改变的台账记录数' })
  rescoredEntries: number;

  @Field(() => Int, { description: '等次或星级改变的人数' })
  changedPeople: number;

  @Field(() => Int, { description: '积分改变的人数' })
  scoreChangedPeople: number;

  @Field(() => PreviewFiguresType, { nullable: true, description: '现行结果' })
  current: VillageFigures | null;

  @Field(() => PreviewFiguresType, { nullable: true, description: '按草稿的结果' })
  draft: VillageFigures | null;

  static from({ village, comparison }: VillagePreview): VillagePreviewType {
    return Object.assign(new VillagePreviewType(), {
      villageId: village.id,
      villageName: village.name,
      townId: village.townId,
      townName: village.townName,
      hasList: comparison !== null,
      residents: comparison?.residents ?? 0,
      rescoredEntries: comparison?.rescoredEntries ?? 0,
      changedPeople: comparison?.changedPeople ?? 0,
      scoreChangedPeople: comparison?.scoreChangedPeople ?? 0,
      current: comparison?.current ?? null,
      draft: comparison?.draft ?? null,
    });
  }
}

/** The draft's identity, on both answers. */
function draftFields(draft: PreviewDraft) {
  return { draftKind: draft.kind, draftId: draft.id, draftTitle: draft.title, draftVersion: draft.version };
}

@ObjectType('DraftPreview', {
  description:
    '预览影响：草稿若发布，本年度各村的积分、等次与星级会怎样变化（按台账重新计算，不写入任何数据）',
})
export class DraftPreviewType {
  @Field(() => PreviewDraftKind)
  draftKind: PreviewDraftKind;

  @Field(() => ID)
  draftId: string;

  @Field()
  draftTitle: string;

  @Field(() => Int)
  draftVersion: number;

  @Field(() => Int, { description: '预览所用台账的年度' })
  year: number;

  @Field(() => [PreviewItemChangeType], { description: '草稿计分不同的事项' })
  changedItems: PreviewItemChangeType[];

  @Field(() => [VillagePreviewType], { description: '草稿所涉及的各村（按镇、村名）' })
  villages: VillagePreviewType[];

  static from(preview: DraftPreview): DraftPreviewType {
    return Object.assign(new DraftPreviewType(), {
      ...draftFields(preview.draft),
      year: preview.year,
      changedItems: preview.changedItems.map(PreviewItemChangeType.from),
      villages: preview.villages.map(VillagePreviewType.from),
    });
  }
}

@ObjectType('PreviewPersonFigures', { description: '一人按一套规则的年度结果' })
export class PreviewPersonFiguresType implements PersonFigures {
  @Field(() => Float, { description: '居民信用积分' })
  creditScore: number;

  @Field(() => Float, { nullable: true, description: '角色职责积分（党员、村民代表；评议前）' })
  roleDutyScore: number | null;

  @Field({ description: '是否有一票否决事项' })
  vetoed: boolean;

  @Field(() => LineEvaluationType, { description: '等次与星级' })
  evaluation: LineEvaluation;
}

@ObjectType('PreviewItemDelta', { description: '草稿对此人某一事项记录的分值改变' })
export class PreviewItemDeltaType implements ItemDelta {
  @Field()
  itemCode: string;

  @Field(() => Int, { description: '涉及的台账记录数（累计奖励为 0：按草稿重新计算）' })
  entries: number;

  @Field(() => Float, { description: '现行合计分值' })
  recordedPoints: number;

  @Field(() => Float, { description: '按草稿合计分值' })
  draftPoints: number;

  @Field(() => String, { nullable: true, description: '说明（停用、不予计分、计至上限等）' })
  note: string | null;
}

@ObjectType('PersonPreview', { description: '一人现行与按草稿的年度结果对照' })
export class PersonPreviewType implements PersonPreview {
  @Field(() => ID)
  residentId: string;

  @Field()
  residentName: string;

  @Field(() => [SubjectType])
  subjectTypes: SubjectType[];

  @Field({ description: '任一身份的等次改变' })
  gradeChanged: boolean;

  @Field({ description: '星级改变' })
  starsChanged: boolean;

  @Field({ description: '信用积分或角色职责积分改变' })
  scoreChanged: boolean;

  @Field(() => PreviewPersonFiguresType, { description: '现行' })
  current: PersonFigures;

  @Field(() => PreviewPersonFiguresType, { description: '按草稿' })
  draft: PersonFigures;

  @Field(() => [PreviewItemDeltaType], { description: '分值改变的事项' })
  items: ItemDelta[];
}

@ObjectType('DraftPreviewPeople', { description: '预览影响：一个村的人员对照（分页）' })
export class DraftPreviewPeopleType extends Paginated(PersonPreviewType) {
  @Field(() => PreviewDraftKind)
  draftKind: PreviewDraftKind;

  @Field(() => ID)
  draftId: string;

  @Field()
  draftTitle: string;

  @Field(() => Int)
  draftVersion: number;

  @Field(() => Int, { description: '预览所用台账的年度' })
  year: number;

  @Field(() => VillagePreviewType, { description: '该村的对照汇总' })
  village: VillagePreviewType;

  static from(page: PeoplePreview): DraftPreviewPeopleType {
    return Object.assign(new DraftPreviewPeopleType(), {
      ...draftFields(page.draft),
      year: page.year,
      village: VillagePreviewType.from(page.village),
      items: page.items,
      total: page.total,
    });
  }
}
