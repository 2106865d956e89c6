import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { RecordLevel, ScoreTrack } from '@village/rulebook';
import { IdField } from '@village/platform-common';
import { EvidenceFileFields } from '../../declarations/evidence/evidence-file-fields';
import { LedgerEntryKind } from '../../ledger/ledger-entry-kind.enum';

@ObjectType('ScoreEvidenceFile', { description: '佐证材料（文件信息，不含内容）' })
export class ScoreEvidenceFileType extends EvidenceFileFields {}

@ObjectType('ScoreEntry', { description: '计入积分的一条台账记录及其来龙去脉' })
export class ScoreEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '本村台账序号' })
  seq: number;

  @Field(() => LedgerEntryKind)
  kind: LedgerEntryKind;

  @Field(() => ScoreTrack)
  track: ScoreTrack;

  @Field({ description: '事项编码' })
  itemCode: string;

  @Field({ description: '事项名称（记入时冻结）' })
  itemName: string;

  @Field(() => Float, { description: '事项分值下限（记入时）' })
  itemPointsMin: number;

  @Field(() => Float, { description: '事项分值上限（记入时）' })
  itemPointsMax: number;

  @Field(() => Float, { description: '分值（冲正为负）' })
  points: number;

  @Field({ description: '发生日期' })
  actedOn: string;

  @Field(() => Boolean, { description: '是否在本季度内发生（全年查询时均为 false）' })
  inQuarter: boolean;

  @Field(() => Float, { nullable: true, description: '数量（按单位计分的事项）' })
  quantity: number | null;

  @Field(() => Float, { description: '重复倍数' })
  repeatMultiplier: number;

  @Field(() => String, { nullable: true, description: '到期日（按事项有效期；不影响考核得分）' })
  expiresOn: string | null;

  @Field(() => String, { nullable: true, description: '审核人（冲正为冲正经办人）' })
  reviewerName: string | null;

  @Field(() => String, { nullable: true, description: '申报（登记）人' })
  declarantName: string | null;

  @Field(() => String, { nullable: true, description: '理由：审核修正或冲正的理由' })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description: '计分依据：分档、取整、上限截取等如何得出本分值（记入时冻结）',
  })
  ruleNote: string | null;

  @Field(() => ID, { nullable: true, description: '被冲正的记录（冲正记录才有）' })
  reversesEntryId: string | null;

  @Field(() => RecordLevel, { description: '计入哪一级信用记录（只计入区级的不计入本村得分）' })
  recordLevel: RecordLevel;

  @Field(() => String, { nullable: true, description: '直接认定：年度等次最高为此等次' })
  judgementGrade: string | null;

  @Field(() => Int, { nullable: true, description: '直接认定：星级最高为此星级' })
  judgementStars: number | null;

  @Field(() => Boolean, { description: '该记录已被冲正' })
  reversed: boolean;

  @Field(() => ID, { nullable: true, description: '来源申报' })
  declarationId: string | null;

  @Field(() => [ScoreEvidenceFileType], { description: '来源申报的佐证材料' })
  evidence: ScoreEvidenceFileType[];
}

@ObjectType('TrackScore', { description: '一类积分：基础分 + 奖惩分' })
export class TrackScoreType {
  @Field(() => ScoreTrack)
  track: ScoreTrack;

  @Field(() => Float, { description: '基础分（本村当年所用评分框架）' })
  baseScore: number;

  @Field(() => Float, { description: '奖惩分合计（1月1日至期末，含冲正）' })
  points: number;

  @Field(() => Float, { nullable: true, description: '本季度内的奖惩分（全年查询为空）' })
  quarterPoints: number | null;

  @Field(() => Float, { description: '得分 = 基础分 + 奖惩分' })
  score: number;

  @Field(() => Int, { description: '计入的台账记录数' })
  entryCount: number;
}

@ObjectType('DistrictCreditRecord', {
  description: '区级信用档案：基础分 + 截至某日仍在有效期内、计入区级的信用积分记录（可跨年度）',
})
export class DistrictCreditRecordType {
  @Field({ description: '截至日期（期末与今天中较早者）' })
  asOf: string;

  @Field(() => Float, { description: '区级信用档案分' })
  score: number;

  @Field(() => String, { nullable: true, description: '信用等级（按区评分框架的等级分数线）' })
  letterGrade: string | null;

  @Field(() => Int, { description: '计入的台账记录数（含以往年度仍在有效期内的）' })
  entryCount: number;
}

@ObjectType('ResidentScore', { description: '村民某期间的积分及每一条计分依据' })
export class ResidentScoreType {
  @Field(() => ID)
  residentId: string;

  @Field({ description: '姓名' })
  residentName: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true, description: '季度（全年为空）' })
  quarter: number | null;

  @Field({ description: '期间名称' })
  periodLabel: string;

  @Field({ description: '计分起始日（1月1日）' })
  from: string;

  @Field({ description: '计分截止日（季末或年末）' })
  to: string;

  @Field(() => String, { nullable: true, description: '本季度起始日（全年为空）' })
  quarterFrom: string | null;

  @Field(() => [TrackScoreType], { description: '各类积分合计' })
  tracks: TrackScoreType[];

  @Field(() => [ScoreEntryType], { description: '计入的全部台账记录，按发生日期排列' })
  entries: ScoreEntryType[];

  @Field(() => ID, {
    nullable: true,
    description: '已公示期间：按公示的核算版本说明（只计入其台账锚点之前的记录）；未公示为空，按实时台账',
  })
  postedTallyId: string | null;

  @Field(() => Int, { nullable: true, description: '公示的核算版本号' })
  postedVersion: number | null;

  @Field(() => Int, { description: '公示之后才记入本期间的台账记录数（更正等，计入以后的核算）' })
  laterEntries: number;

  @Field(() => DistrictCreditRecordType, {
    nullable: true,
    description: '区级信用档案与信用等级（区评分框架设有信用等级时）',
  })
  districtRecord: DistrictCreditRecordType | null;
}

@ArgsType()
export class MyScoreArgs {
  @Field(() => Int, { nullable: true, description: '年度（不填为今年）' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: '季度 1–4（不填为全年）' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '季度应为 1–4' })
  @Max(4, { message: '季度应为 1–4' })
  quarter?: number | null;
}

@ArgsType()
export class ResidentScoreArgs extends MyScoreArgs {
  @IdField({ description: '村民' })
  residentId: string;
}
