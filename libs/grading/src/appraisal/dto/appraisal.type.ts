import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SubjectType } from '@village/platform-common';
import { AppraisalRaterKind, SampleFinding } from '../appraisal-enums';
import type { AppraisalRatingEntity } from '../appraisal-rating.entity';
import type { AppraisalSampleItem } from '../appraisal-sample.service';
import type { AppraisalSummaryLine } from '../appraisal.service';

@ObjectType('AppraisalRating', { description: '一条民主评议评分（只增不改）' })
export class AppraisalRatingType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => Int)
  year: number;

  @Field(() => ID, { description: '被评议的村民' })
  rateeResidentId: string;

  @Field(() => SubjectType, { description: '被评议的身份' })
  subjectType: SubjectType;

  @Field(() => AppraisalRaterKind, { description: '同级互评或群众评议' })
  raterKind: AppraisalRaterKind;

  @Field(() => ID, { description: '评议人（仅评议人本人与审计员可见）' })
  raterResidentId: string;

  @Field(() => Int, { description: '评分（0–100）' })
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  createdAt: Date;

  static from(entity: AppraisalRatingEntity): AppraisalRatingType {
    return Object.assign(new AppraisalRatingType(), {
      id: entity.id,
      villageId: entity.villageId,
      year: entity.year,
      rateeResidentId: entity.rateeResidentId,
      subjectType: entity.subjectType,
      raterKind: entity.raterKind,
      raterResidentId: entity.raterResidentId,
      rating: entity.rating,
      comment: entity.comment,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('AppraisalSummaryLine', {
  description: '民主评议汇总：每名党员或村民代表按身份的评议人数与平均分（不含评议人）',
})
export class AppraisalSummaryLineType implements AppraisalSummaryLine {
  @Field(() => ID)
  rateeResidentId: string;

  @Field(() => String)
  rateeName: string;

  @Field(() => SubjectType)
  subjectType: SubjectType.PARTY_MEMBER | SubjectType.REPRESENTATIVE;

  @Field(() => Int, { description: '同级互评人数' })
  peerCount: number;

  @Field(() => Float, { nullable: true, description: '同级互评平均分（两位小数；无人评议时为空）' })
  peerAverage: number | null;

  @Field(() => Int, { description: '群众评议人数' })
  massCount: number;

  @Field(() => Float, { nullable: true, description: '群众评议平均分（两位小数；无人评议时为空）' })
  massAverage: number | null;

  static from(line: AppraisalSummaryLine): AppraisalSummaryLineType {
    return Object.assign(new AppraisalSummaryLineType(), line);
  }
}

@ObjectType('AppraisalSampleItem', { description: '上级审查抽中的一名党员或村民代表及审查结论' })
export class AppraisalSampleItemType {
  @Field(() => ID, { description: '抽查记录编号（recordSampleFinding 的 sampleId）' })
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '抽取顺序（从 1 开始）' })
  position: number;

  @Field(() => Int, { description: '本次抽查人数' })
  sampleSize: number;

  @Field(() => ID)
  residentId: string;

  @Field(() => String)
  residentName: string;

  @Field(() => [SubjectType], { description: '该年度的身份（党员、村民代表）' })
  subjectTypes: SubjectType[];

  @Field(() => ID, { description: '抽取人' })
  drawnBy: string;

  @Field(() => Date)
  drawnAt: Date;

  @Field(() => SampleFinding, { nullable: true, description: '审查结论（尚未审查时为空）' })
  finding: SampleFinding | null;

  @Field(() => String, { nullable: true })
  findingNote: string | null;

  @Field(() => ID, { nullable: true })
  findingBy: string | null;

  @Field(() => Date, { nullable: true })
  findingAt: Date | null;

  static from(item: AppraisalSampleItem): AppraisalSampleItemType {
    return Object.assign(new AppraisalSampleItemType(), {
      id: item.sample.id,
      villageId: item.sample.villageId,
      year: item.sample.year,
      position: item.sample.position,
      sampleSize: item.sample.sampleSize,
      residentId: item.sample.residentId,
      residentName: item.residentName,
      subjectTypes: item.subjectTypes,
      drawnBy: item.sample.createdBy,
      drawnAt: item.sample.createdAt,
      finding: item.finding?.finding ?? null,
      findingNote: item.finding?.note ?? null,
      findingBy: item.finding?.createdBy ?? null,
      findingAt: item.finding?.createdAt ?? null,
    });
  }
}
