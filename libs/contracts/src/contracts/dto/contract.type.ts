import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import { ContractColour } from '../../colour/contract-colour.enum';
import type { ContractEntity } from '../contract.entity';
import { ContractStatus } from '../contract-status.enum';

@ObjectType('Contract', { description: '一份年度契约（条款在生成时从模板复制，之后不随模板变化）' })
export class ContractType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '村' })
  villageId: string;

  @Field(() => Int, { description: '年度' })
  year: number;

  @Field(() => ContractColour, { description: '颜色' })
  colour: ContractColour;

  @Field(() => ID, { description: '生成时引用的模板版本' })
  templateId: string;

  @Field(() => Int, { description: '模板版本号' })
  templateVersion: number;

  @Field({ description: '标题' })
  title: string;

  @Field(() => [String], { description: '职责条款' })
  clauses: string[];

  @Field(() => [String], { description: '关联的考评项目编码' })
  itemCodes: string[];

  @Field(() => ID, { nullable: true, description: '签约村民（蓝色契约为空）' })
  residentId: string | null;

  @Field(() => String, { nullable: true, description: '签约村民姓名' })
  residentName: string | null;

  @Field(() => ID, { nullable: true, description: '签约户（仅蓝色契约）' })
  householdId: string | null;

  @Field(() => String, { nullable: true, description: '户号' })
  householdCode: string | null;

  @Field(() => ContractStatus, { description: '状态' })
  status: ContractStatus;

  @Field(() => String, { nullable: true, description: '签订日期' })
  signedOn: string | null;

  @Field(() => String, { nullable: true, description: '见证人姓名' })
  witnessName: string | null;

  @Field(() => ID, { nullable: true, description: '见证人（本村村民）' })
  witnessResidentId: string | null;

  @Field(() => ID, { nullable: true, description: '登记签订的用户' })
  signedBy: string | null;

  @Field(() => String, { nullable: true, description: '解除日期' })
  terminatedOn: string | null;

  @Field(() => String, { nullable: true, description: '解除原因' })
  terminationReason: string | null;

  @Field(() => Date, { description: '生成时间' })
  createdAt: Date;

  static from(entity: ContractEntity): ContractType {
    return Object.assign(new ContractType(), {
      id: entity.id,
      villageId: entity.villageId,
      year: entity.year,
      colour: entity.colour,
      templateId: entity.templateId,
      templateVersion: entity.templateVersion,
      title: entity.title,
      clauses: entity.clauses,
      itemCodes: entity.itemCodes,
      residentId: entity.residentId,
      residentName: entity.resident?.name ?? null,
      householdId: entity.householdId,
      householdCode: entity.household?.code ?? null,
      status: entity.status,
      signedOn: entity.signedOn,
      witnessName: entity.witnessName,
      witnessResidentId: entity.witnessResidentId,
      signedBy: entity.signedBy,
      terminatedOn: entity.terminatedOn,
      terminationReason: entity.terminationReason,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('ContractPage')
export class ContractPage extends Paginated(ContractType) {}

@ObjectType('ContractColourCount', { description: '某颜色的数量' })
export class ContractColourCountType {
  @Field(() => ContractColour)
  colour: ContractColour;

  @Field(() => Int)
  count: number;
}

@ObjectType('ContractDraftsResult', { description: '生成契约草稿的结果' })
export class ContractDraftsResultType {
  @Field(() => ID)
  villageId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '本次新生成的草稿总数' })
  created: number;

  @Field(() => [ContractColourCountType], { description: '各颜色新生成的草稿数' })
  byColour: ContractColourCountType[];
}

@ObjectType('ContractCoverage', { description: '某颜色契约的签约覆盖情况' })
export class ContractCoverageType {
  @Field(() => ContractColour)
  colour: ContractColour;

  @Field(() => Int, { description: '应签（当前符合条件的人或户）' })
  eligible: number;

  @Field(() => Int, { description: '待签订的草稿' })
  drafted: number;

  @Field(() => Int, { description: '已签订' })
  signed: number;

  @Field(() => Int, { description: '已解除' })
  terminated: number;

  @Field(() => Float, { description: '签约率 = 已签订 / 应签（保留四位小数；无应签为 0）' })
  coverageRate: number;
}
