import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission, IdArgs } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ContractTemplateService } from './contract-template.service';
import {
  ContractTemplatePage,
  ContractTemplateType,
  EffectiveContractTemplateType,
} from './dto/contract-template.type';
import { ContractTemplatesArgs, EffectiveContractTemplateArgs } from './dto/contract-templates.args';
import { CreateContractTemplateInput } from './dto/create-contract-template.input';
import { AddContractClauseInput, SetContractTemplateItemsInput } from './dto/edit-contract-template.input';

@Resolver(() => ContractTemplateType)
export class ContractTemplateResolver {
  constructor(private readonly templates: ContractTemplateService) {}

  @Query(() => ContractTemplatePage, {
    description: '可见的契约模板：本级的全部版本，以及上级已发布的版本',
  })
  @Allow(Permission.CONTRACT_READ)
  async contractTemplates(
    @Ctx() ctx: RequestContext,
    @Args() args: ContractTemplatesArgs,
  ): Promise<ContractTemplatePage> {
    const page = await this.templates.list(ctx, args);
    return { items: page.items.map(ContractTemplateType.from), total: page.total };
  }

  @Query(() => ContractTemplateType, { description: '按编号查看契约模板' })
  @Allow(Permission.CONTRACT_READ)
  async contractTemplate(@Ctx() ctx: RequestContext, @Args() { id }: IdArgs): Promise<ContractTemplateType> {
    return ContractTemplateType.from(await this.templates.findOne(ctx, id));
  }

  @Query(() => EffectiveContractTemplateType, {
    nullable: true,
    description: '某村某颜色现行的契约模板（镇级扩展优先，否则区级）；尚未发布则为空',
  })
  @Allow(Permission.CONTRACT_READ)
  async effectiveContractTemplate(
    @Ctx() ctx: RequestContext,
    @Args() args: EffectiveContractTemplateArgs,
  ): Promise<EffectiveContractTemplateType | null> {
    const effective = await this.templates.effective(ctx, args.villageId, args.colour);
    return effective ? EffectiveContractTemplateType.from(effective) : null;
  }

  @Mutation(() => ContractTemplateType, {
    description: '区级管理员为本区、或镇级管理员为本镇新建契约模板版本（草稿）',
  })
  @Allow(Permission.CONTRACT_TEMPLATE_MANAGE)
  async createContractTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateContractTemplateInput,
  ): Promise<ContractTemplateType> {
    return ContractTemplateType.from(await this.templates.create(ctx, input));
  }

  @Mutation(() => ContractTemplateType, { description: '给草稿模板添加一条职责条款' })
  @Allow(Permission.CONTRACT_TEMPLATE_MANAGE)
  async addContractClause(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddContractClauseInput,
  ): Promise<ContractTemplateType> {
    return ContractTemplateType.from(
      await this.templates.addClause(ctx, input.templateId, input.text, input.position),
    );
  }

  @Mutation(() => ContractTemplateType, { description: '设置草稿模板关联的考评项目编码' })
  @Allow(Permission.CONTRACT_TEMPLATE_MANAGE)
  async setContractTemplateItems(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetContractTemplateItemsInput,
  ): Promise<ContractTemplateType> {
    return ContractTemplateType.from(await this.templates.setItems(ctx, input.templateId, input.itemCodes));
  }

  @Mutation(() => ContractTemplateType, { description: '发布契约模板；发布后不可修改' })
  @Allow(Permission.CONTRACT_TEMPLATE_MANAGE)
  async publishContractTemplate(
    @Ctx() ctx: RequestContext,
    @Args() { id }: IdArgs,
  ): Promise<ContractTemplateType> {
    return ContractTemplateType.from(await this.templates.publish(ctx, id));
  }
}
