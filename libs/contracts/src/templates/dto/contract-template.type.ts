import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import { ContractColour } from '../../colour/contract-colour.enum';
import type { ContractTemplateEntity } from '../contract-template.entity';
import type { EffectiveTemplate } from '../effective-template';
import { TemplateStatus } from '../template-status.enum';

@ObjectType('ContractTemplate', { description: '契约模板的一个版本（区级，或镇对区级模板的扩展）' })
export class ContractTemplateType {
  @Field(() => ID)
  id: string;

  @Field(() => ContractColour, { description: '颜色' })
  colour: ContractColour;

  @Field({ description: '标题' })
  title: string;

  @Field(() => [String], { description: '职责条款（镇级扩展只含新增条款）' })
  clauses: string[];

  @Field(() => [String], { description: '关联的考评项目编码' })
  itemCodes: string[];

  @Field(() => Int, { description: '版本号（同一单位、同一颜色内递增）' })
  version: number;

  @Field(() => TemplateStatus, { description: '状态' })
  status: TemplateStatus;

  @Field(() => Date, { nullable: true, description: '发布时间' })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '镇级扩展所扩展的区级模板版本' })
  extendsTemplateId: string | null;

  @Field(() => ID, { description: '所属区' })
  districtId: string;

  @Field(() => ID, { nullable: true, description: '所属镇（区级模板为空）' })
  townId: string | null;

  @Field(() => Date, { description: '创建时间' })
  createdAt: Date;

  static from(entity: ContractTemplateEntity): ContractTemplateType {
    return Object.assign(new ContractTemplateType(), {
      id: entity.id,
      colour: entity.colour,
      title: entity.title,
      clauses: entity.clauses,
      itemCodes: entity.itemCodes,
      version: entity.version,
      status: entity.status,
      publishedAt: entity.publishedAt,
      extendsTemplateId: entity.extendsTemplateId,
      districtId: entity.districtId,
      townId: entity.townId,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('ContractTemplatePage')
export class ContractTemplatePage extends Paginated(ContractTemplateType) {}

@ObjectType('EffectiveContractTemplate', {
  description: '某村某颜色现行的契约内容：镇级扩展（并入区级基础条款），或区级模板',
})
export class EffectiveContractTemplateType {
  @Field(() => ContractColour)
  colour: ContractColour;

  @Field({ description: '标题' })
  title: string;

  @Field(() => [String], { description: '合并后的职责条款（区级在前，镇级新增在后）' })
  clauses: string[];

  @Field(() => [String], { description: '合并后的考评项目编码' })
  itemCodes: string[];

  @Field(() => ContractTemplateType, { description: '契约引用的模板版本（有镇级扩展时为扩展）' })
  template: ContractTemplateType;

  @Field(() => ContractTemplateType, { description: '区级基础模板' })
  base: ContractTemplateType;

  @Field(() => ContractTemplateType, { nullable: true, description: '镇级扩展（没有则为空）' })
  extension: ContractTemplateType | null;

  @Field(() => Int, {
    nullable: true,
    description: '区里已发布更新的基础版本（镇级扩展仍基于旧版本，需镇里发布新的扩展版本）；没有则为空',
  })
  newerBaseVersion: number | null;

  static from(effective: EffectiveTemplate): EffectiveContractTemplateType {
    return Object.assign(new EffectiveContractTemplateType(), {
      colour: effective.colour,
      title: effective.content.title,
      clauses: [...effective.content.clauses],
      itemCodes: [...effective.content.itemCodes],
      template: ContractTemplateType.from(effective.template),
      base: ContractTemplateType.from(effective.base),
      extension: effective.extension ? ContractTemplateType.from(effective.extension) : null,
      newerBaseVersion: effective.newerBaseVersion,
    });
  }
}
