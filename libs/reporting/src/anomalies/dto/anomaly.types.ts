import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IdField, PageArgs, Paginated, Trim } from '@village/platform-common';
import type { AnomalyAlertView } from '../anomaly-alert-view';
import { AnomalyAlertStatus, AnomalyKind, AnomalyResolution, AnomalySubjectKind } from '../anomaly-enums';

@ArgsType()
export class AnomalyAlertsArgs extends PageArgs {
  @IdField({ description: '区、镇或村：区看全区，镇看所辖各村，村看本村' })
  unitId: string;

  @Field(() => AnomalyAlertStatus, { nullable: true, description: '只列这一状态的提醒' })
  @IsOptional()
  @IsEnum(AnomalyAlertStatus, { message: '不是有效的状态' })
  status?: AnomalyAlertStatus | null;

  @Field(() => AnomalyKind, { nullable: true, description: '只列这一规则的提醒' })
  @IsOptional()
  @IsEnum(AnomalyKind, { message: '不是有效的提醒类别' })
  kind?: AnomalyKind | null;
}

@InputType({
  description: '核实一条异常提醒：已核实无问题，或已处理；须写明核实情况。只追加记录，提醒本身不变',
})
export class ResolveAnomalyAlertInput {
  @IdField({ description: '异常提醒' })
  alertId: string;

  @Field(() => AnomalyResolution)
  @IsEnum(AnomalyResolution, { message: '请选择“已核实，无问题”或“已处理”' })
  resolution: AnomalyResolution;

  @Field({ description: '核实情况或处理结果，最多 500 字' })
  @Trim()
  @IsNotEmpty({ message: '请写明核实情况' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  note: string;
}

@ObjectType('AnomalyAlertResolution', { description: '一条异常提醒的核实记录' })
export class AnomalyAlertResolutionType {
  @Field(() => AnomalyResolution)
  resolution: AnomalyResolution;

  @Field()
  note: string;

  @Field({ description: '核实人' })
  resolvedByName: string;

  @Field(() => Date)
  resolvedAt: Date;
}

@ObjectType('AnomalyResident', { description: '提醒涉及的村民' })
export class AnomalyResidentType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('AnomalyRule', { description: '一条异常提醒规则及其提醒线' })
export class AnomalyRuleType {
  @Field(() => AnomalyKind)
  kind: AnomalyKind;

  @Field()
  label: string;

  @Field({ description: '规则与提醒线' })
  rule: string;
}

@ObjectType('AnomalyAlert', {
  description:
    '一条异常提醒：哪条规则、哪个村、关于谁、哪段时间、触发它的编号与数字。只提醒，不改动任何积分或申报',
})
export class AnomalyAlertType {
  @Field(() => ID)
  id: string;

  @Field(() => AnomalyKind)
  kind: AnomalyKind;

  @Field(() => ID)
  villageId: string;

  @Field()
  villageName: string;

  @Field(() => AnomalySubjectKind)
  subjectKind: AnomalySubjectKind;

  @Field({ description: '对象：村民或账号的编号，或佐证文件的 SHA-256' })
  subjectId: string;

  @Field({ description: '对象的名称（提醒时）' })
  subjectName: string;

  @Field({ description: '所指时段（如 2026年6月、6月12日夜间）' })
  periodLabel: string;

  @Field({ description: '所指日期（月份为当月 1 日）' })
  occurredOn: string;

  @Field({ description: '说明' })
  summary: string;

  @Field({ description: '触发提醒的编号与数字（JSON）' })
  evidence: string;

  @Field(() => [ID], { description: '涉及的申报' })
  declarationIds: string[];

  @Field(() => [ID], { description: '涉及的村民' })
  residentIds: string[];

  @Field(() => [AnomalyResidentType], { description: '涉及的村民及姓名（本人可见范围内）' })
  residents: AnomalyResidentType[];

  @Field(() => Date)
  raisedAt: Date;

  @Field(() => AnomalyAlertStatus)
  status: AnomalyAlertStatus;

  @Field(() => AnomalyAlertResolutionType, { nullable: true, description: '核实记录；待核实时为空' })
  resolution: AnomalyAlertResolutionType | null;

  static from(v: AnomalyAlertView): AnomalyAlertType {
    return Object.assign(new AnomalyAlertType(), {
      ...v,
      evidence: JSON.stringify(v.evidence),
      resolution: v.resolution && Object.assign(new AnomalyAlertResolutionType(), v.resolution),
    });
  }
}

@ObjectType('AnomalyAlertPage')
export class AnomalyAlertPage extends Paginated(AnomalyAlertType) {}
